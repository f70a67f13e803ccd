// Draws a masterplan's monitoring: item status per category (stacked bars), the roadmap's implementation rate per
// smart dimension, and this year against the last (Chart.js, data from data-* attributes).
(function () {
    // A bar chart on the canvas with this id, once; series(data) gives its datasets from the canvas' attributes.
    function bar(id, series, scales) {
        var canvas = document.getElementById(id);
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var data = canvas.dataset;
        new Chart(canvas, {
            type: 'bar',
            data: {labels: JSON.parse(data.labels), datasets: series(data)},
            options: {maintainAspectRatio: false, animation: false, scales: scales}
        });
    }
    function set(label, values, colour) {
        return {label: label, data: JSON.parse(values), backgroundColor: colour};
    }
    var percent = {y: {min: 0, max: 100}};
    function draw() {
        bar('status-chart', function (d) {
            return [set(d.seriesMet, d.met, '#48c78e'), set(d.seriesNotMet, d.notMet, '#ffb70f'),
                set(d.seriesUnknown, d.unknown, '#b5b5b5')];
        }, {x: {stacked: true}, y: {stacked: true, beginAtZero: true}});
        bar('implementation-chart', function (d) {
            return [set(d.series, d.rates, '#485fc7')];
        }, percent);
        bar('compare-chart', function (d) {
            return [set(d.seriesBefore, d.before, '#9fb0e8'), set(d.seriesNow, d.now, '#485fc7')];
        }, percent);
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
    document.addEventListener('htmx:afterSettle', draw);
})();
