import { NamedListEntriesDocument } from '../../api/generated/graphql';
import { useClient } from '../../auth';
import { MaskablePeopleTable } from './MaskablePeopleTable';

/** A published list's people: masked as published, full on request for the bureau of its district. */
export function NamedListEntriesTable({ listId, title }: { listId: string; title?: string }) {
  const client = useClient();
  return (
    <MaskablePeopleTable
      title={title}
      readKey={listId}
      read={async (unmasked) => (await client.request(NamedListEntriesDocument, { id: listId, unmasked })).namedList?.entries ?? []}
    />
  );
}
