// Draws the trends of the results pages (Chart.js, data from data-* attributes): a region's final and dimension
// scores per period as lines, and a period's finals per bin of the 0-4 scale as bars stacked by track. The sections
// arrive with htmx after the page, so drawing waits for them (and for Chart.js) as well as for the page itself.
(function () {
    var colours = ['#363636', '#485fc7', '#48c78e', '#3e8ed0', '#ffb70f', '#f14668', '#b86bff'];

    function trend() {
        var canvas = document.getElementById('trend-chart');
        if (!canvas || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var series = JSON.parse(canvas.dataset.series).map(function (s, i) {
            return {
                label: s.label, data: s.data, borderColor: colours[i % colours.length],
                backgroundColor: colours[i % colours.length], borderWidth: i === 0 ? 3 : 1.5,
                spanGaps: false, tension: 0
            };
        });
        new Chart(canvas, {
            type: 'line',
            data: {labels: JSON.parse(canvas.dataset.labels), datasets: series},
            options: {maintainAspectRatio: false, animation: false, scales: {y: {min: 0, max: 4, ticks: {stepSize: 1}}}}
        });
    }

    function distribution() {
        var canvas = document.getElementById('national-distribution-chart');
        if (!canvas || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var d = canvas.dataset;
        var series = JSON.parse(d.series).map(function (s, i) {
            return {label: s.label, data: s.data, backgroundColor: colours[(i + 1) % colours.length]};
        });
        new Chart(canvas, {
            type: 'bar',
            data: {labels: JSON.parse(d.labels), datasets: series},
            options: {
                maintainAspectRatio: false, animation: false,
                scales: {
                    x: {stacked: true, title: {display: true, text: d.xTitle}},
                    y: {stacked: true, beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: d.yTitle}}
                }
            }
        });
    }

    function draw(attempt) {
        if (typeof Chart === 'undefined') {
            if ((attempt || 0) < 50) {
                setTimeout(function () { draw((attempt || 0) + 1); }, 100);
            }
            return;
        }
        trend();
        distribution();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { draw(0); });
    } else {
        draw(0);
    }
    document.addEventListener('htmx:afterSettle', function () { draw(0); });
})();
