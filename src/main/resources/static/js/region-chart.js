// Draws a region's dimension scores next to the national means (Chart.js, data from data-* attributes).
(function () {
    function draw() {
        var canvas = document.getElementById('dimension-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var labels = JSON.parse(canvas.dataset.labels);
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: labels,
                datasets: [
                    {label: canvas.dataset.seriesRegion, data: JSON.parse(canvas.dataset.values), backgroundColor: '#485fc7'},
                    {label: canvas.dataset.seriesMean, data: JSON.parse(canvas.dataset.means), backgroundColor: '#b5b5b5'}
                ]
            },
            options: {
                maintainAspectRatio: false,
                animation: false,
                scales: {y: {min: 0, max: 4, ticks: {stepSize: 1}}}
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
    document.addEventListener('htmx:afterSettle', draw);
})();
