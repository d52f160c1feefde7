// Reads an iCalendar file with ical.js (the parser Thunderbird uses) and prints its events as
// JSON, the way a subscribing calendar app would see them. Used by CalendarFeedTest.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
const calendar = new ICAL.Component(ICAL.parse(text));
const events = calendar.getAllSubcomponents('vevent').map((component) => {
  const event = new ICAL.Event(component);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    start: event.startDate.toString(),
    end: event.endDate.toString(),
    allDay: event.startDate.isDate,
    transparent: component.getFirstPropertyValue('transp'),
    // a recurring event's first few days, as a calendar app expands them
    occurrences: event.isRecurring() ? firstDays(event, 4) : undefined,
  };
});
function firstDays(event, count) {
  const days = [];
  const iterator = event.iterator();
  for (let next = iterator.next(); next && days.length < count; next = iterator.next()) {
    days.push(next.toString());
  }
  return days;
}

console.log(JSON.stringify({
  name: calendar.getFirstPropertyValue('x-wr-calname'),
  version: calendar.getFirstPropertyValue('version'),
  events,
}));
