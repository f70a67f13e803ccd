// Draws a masterplan's monitoring: item status per category (stacked bars) and the roadmap's implementation rate
// per smart dimension (Chart.js, data from data-* attributes).
(function () {
    function status() {
        var canvas = document.getElementById('status-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: JSON.parse(canvas.dataset.labels),
                datasets: [
                    {label: canvas.dataset.seriesMet, data: JSON.parse(canvas.dataset.met), backgroundColor: '#48c78e'},
                    {label: canvas.dataset.seriesNotMet, data: JSON.parse(canvas.dataset.notMet), backgroundColor: '#ffb70f'},
                    {label: canvas.dataset.seriesUnknown, data: JSON.parse(canvas.dataset.unknown), backgroundColor: '#b5b5b5'}
                ]
            },
            options: {maintainAspectRatio: false, animation: false, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}}
        });
    }
    function implementation() {
        var canvas = document.getElementById('implementation-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: JSON.parse(canvas.dataset.labels),
                datasets: [{label: canvas.dataset.series, data: JSON.parse(canvas.dataset.rates), backgroundColor: '#485fc7'}]
            },
            options: {maintainAspectRatio: false, animation: false, scales: {y: {min: 0, max: 100}}}
        });
    }
    function compare() {
        var canvas = document.getElementById('compare-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: JSON.parse(canvas.dataset.labels),
                datasets: [
                    {label: canvas.dataset.seriesBefore, data: JSON.parse(canvas.dataset.before), backgroundColor: '#9fb0e8'},
                    {label: canvas.dataset.seriesNow, data: JSON.parse(canvas.dataset.now), backgroundColor: '#485fc7'}
                ]
            },
            options: {maintainAspectRatio: false, animation: false, scales: {y: {min: 0, max: 100}}}
        });
    }
    function draw() {
        status();
        implementation();
        compare();
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
    document.addEventListener('htmx:afterSettle', draw);
})();
