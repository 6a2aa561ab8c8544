// Read one iCalendar file on stdin with Mozilla ical.js (Thunderbird's engine) and
// print each event's UID, status, sequence and start/end as UTC instants (JSON).
// Time zones come only from the file's own VTIMEZONE components.
import ICAL from "ical.js";

let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) text += chunk;

const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(new ICAL.Timezone(vtimezone));
}

function instant(time) {
  if (time.isDate) return { date: time.toString() };
  return { utc: time.toJSDate().toISOString().replace(".000Z", "Z") };
}

const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    status: vevent.getFirstPropertyValue("status"),
    sequence: event.sequence,
    dtstamp: vevent.getFirstPropertyValue("dtstamp").toString(),
    start: instant(event.startDate),
    end: instant(event.endDate),
    alarms: vevent.getAllSubcomponents("valarm").length,
  };
});
process.stdout.write(JSON.stringify({
  method: calendar.getFirstPropertyValue("method"),
  name: calendar.getFirstPropertyValue("x-wr-calname"),
  events,
}));
