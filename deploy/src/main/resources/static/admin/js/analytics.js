// The HR analytics page: asks the API for a range and grouping and draws its rates over time.
import { getJson } from './session.js';
import { barChart, lineChart } from './charts.js';

const CHARTS = [
  { title: 'Career-conversation rate', section: 'oneOnOnes', figure: 'careerConversationRate', draw: lineChart },
  { title: 'Reflection response rate', section: 'reflections', figure: 'responseRate', draw: lineChart },
  { title: 'Buddy meetup rate', section: 'buddy', figure: 'meetupRate', draw: barChart },
];

function monthsBetween(from, to) {
  const months = [];
  let [year, month] = from.split('-').map(Number);
  const [lastYear, lastMonth] = to.split('-').map(Number);
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return months;
}

function defaultRange(form) {
  const now = new Date();
  const to = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const start = new Date(now.getFullYear(), now.getMonth() - 5, 1);
  const from = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
  if (!form.from.value) form.from.value = from;
  if (!form.to.value) form.to.value = to;
}

export function draw(container, answer) {
  container.replaceChildren();
  const months = monthsBetween(answer.from, answer.to);
  const shown = answer.groups.filter((g) => !g.suppressed);
  const suppressed = answer.groups.filter((g) => g.suppressed).map((g) => ({ name: g.group, people: g.people }));
  CHARTS.forEach((chart) => {
    const series = shown.map((g) => ({
      name: g.group,
      people: g.people,
      values: g.months.map((m) => m[chart.section][chart.figure]),
    }));
    container.append(chart.draw(chart.title, months, series, suppressed, answer.minGroupSize));
  });
}

export const analyticsPage = {
  id: 'analytics',
  start(section) {
    const form = section.querySelector('#analytics-form');
    const status = section.querySelector('#status');
    const error = section.querySelector('#error');
    const charts = section.querySelector('#charts');
    defaultRange(form);
    form.onsubmit = async (event) => {
      event.preventDefault();
      error.textContent = '';
      status.textContent = 'Loading…';
      const query = new URLSearchParams({
        from: form.from.value, to: form.to.value, groupBy: form.groupBy.value, interval: 'month',
      });
      try {
        draw(charts, await getJson(`/analytics?${query}`));
        status.textContent = 'Charts drawn.';
      } catch (e) {
        status.textContent = '';
        charts.replaceChildren();
        error.textContent = e.message;
      }
    };
  },
};
