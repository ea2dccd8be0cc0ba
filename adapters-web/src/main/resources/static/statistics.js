// The statistics page's chart: the reports received and the removals seen on each day of the period, read from the
// days' table (each cell's data-value) and drawn with uPlot. The table stays on the page as the chart's text.
(function () {
    'use strict';

    var HEIGHT = 280;

    function series(table) {
        var days = [], reports = [], removals = [];
        table.querySelectorAll('tbody tr').forEach(function (row) {
            var cells = row.querySelectorAll('[data-value]');
            var day = cells[0].getAttribute('data-value').split('-');
            days.push(Date.UTC(Number(day[0]), Number(day[1]) - 1, Number(day[2])) / 1000);
            reports.push(Number(cells[1].getAttribute('data-value')));
            removals.push(Number(cells[2].getAttribute('data-value')));
        });
        return [days, reports, removals];
    }

    function dayLabels(language) {
        var format = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
        return function (chart, ticks) {
            return ticks.map(function (tick) { return format.format(new Date(tick * 1000)); });
        };
    }

    function draw() {
        var table = document.getElementById('days-table');
        var area = document.getElementById('days-chart');
        if (!table || !area || typeof uPlot === 'undefined') {
            return;
        }
        var headings = table.querySelectorAll('thead th');
        var options = {
            width: area.clientWidth || 640,
            height: HEIGHT,
            legend: { show: false },
            scales: { x: { time: true }, y: { range: function (chart, min, max) { return [0, Math.max(1, max)]; } } },
            axes: [{ values: dayLabels(document.documentElement.lang || 'en') }, {}],
            series: [
                {},
                { label: headings[1].textContent, stroke: '#1d5fa8', fill: 'rgba(29, 95, 168, 0.12)', width: 2 },
                { label: headings[2].textContent, stroke: '#a3262a', width: 2, dash: [6, 3] }
            ]
        };
        var data = series(table);
        var chart = new uPlot(options, data, area);
        area.setAttribute('data-points', String(data[0].length));
        window.addEventListener('resize', function () {
            chart.setSize({ width: area.clientWidth || 640, height: HEIGHT });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
}());
