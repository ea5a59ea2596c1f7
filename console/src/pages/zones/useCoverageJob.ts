import { useCallback, useEffect, useRef, useState } from 'react';
import { errorText } from '../../api';
import { BureauCoverageJobDocument, BureauStartCoverageReportDocument, type BureauCoverageJobQuery } from '../../api/generated/graphql';
import { useClient } from '../../auth';

type Job = NonNullable<BureauCoverageJobQuery['catchmentJob']>;
export type CoverageReport = Extract<NonNullable<Job['result']>, { gaps: unknown }>;

const isCoverageReport = (result: Job['result']): result is CoverageReport => result !== null && 'gaps' in result;

const POLL_MS = 800;

/**
 * Starts a coverage report of a set as a catchments job and polls it until it is done or failed.
 * Starting the same set again while its job runs returns that job (the service keeps it).
 */
export function useCoverageJob(setId: string | null) {
  const client = useClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [report, setReport] = useState<CoverageReport | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => {
    stop();
    setProgress(null);
    setReport(null);
    setFailure(null);
    return stop;
  }, [setId]);

  const start = useCallback(async () => {
    if (!setId) return;
    stop();
    setReport(null);
    setFailure(null);
    setProgress(0);
    const poll = async (jobId: string) => {
      try {
        const job = (await client.request(BureauCoverageJobDocument, { id: jobId })).catchmentJob;
        if (!job) throw new Error('覆盖检查任务已过期，请重新检查');
        if (job.status === 'DONE' && isCoverageReport(job.result)) {
          setReport(job.result);
          setProgress(null);
        } else if (job.status === 'FAILED') {
          setFailure(`覆盖检查失败：${job.error ?? '原因不明'}`);
          setProgress(null);
        } else {
          setProgress(job.progress);
          timer.current = setTimeout(() => void poll(jobId), POLL_MS);
        }
      } catch (error) {
        setFailure(error instanceof Error && !('code' in error) ? error.message : errorText(error));
        setProgress(null);
      }
    };
    try {
      const job = (await client.request(BureauStartCoverageReportDocument, { setId })).startCoverageReport;
      await poll(job.id);
    } catch (error) {
      setFailure(errorText(error));
      setProgress(null);
    }
  }, [client, setId]);

  return { start, progress, report, failure, running: progress !== null };
}
