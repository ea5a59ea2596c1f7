import type { MapSchool } from './DistrictMap';
import { formatStages } from './formatStages';

function line(tag: keyof HTMLElementTagNameMap, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.textContent = text;
  return element;
}

/** Popup content as DOM nodes: Leaflet would parse a string as HTML, and school names are data. */
export function schoolPopup(school: MapSchool): HTMLElement {
  const popup = document.createElement('div');
  popup.className = 'school-popup';
  popup.append(
    line('h3', school.name),
    line('p', `${formatStages(school.stages)} · ${school.ownership === 'PRIVATE' ? '民办' : '公办'}`),
    line('p', `地址：${school.address}`),
  );
  const phone = line('p', '招生咨询电话：');
  if (school.enquiryPhone) {
    const link = line('a', school.enquiryPhone) as HTMLAnchorElement;
    link.href = `tel:${school.enquiryPhone.replace(/[^\d+]/g, '')}`;
    phone.append(link);
  } else {
    phone.append('暂未公布');
  }
  popup.append(phone);
  return popup;
}
