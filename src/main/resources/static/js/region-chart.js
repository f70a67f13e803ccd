// Draws a region's dimension scores next to last year's and the national and track means (Chart.js, data from data-* attributes).
(function () {
    function draw() {
        var canvas = document.getElementById('dimension-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var labels = JSON.parse(canvas.dataset.labels);
        var datasets = [
            {label: canvas.dataset.seriesRegion, data: JSON.parse(canvas.dataset.values), backgroundColor: '#485fc7'}
        ];
        if (canvas.dataset.previous) {
            datasets.push({label: canvas.dataset.seriesPrevious, data: JSON.parse(canvas.dataset.previous), backgroundColor: '#9fb0e8'});
        }
        datasets.push({label: canvas.dataset.seriesMean, data: JSON.parse(canvas.dataset.means), backgroundColor: '#b5b5b5'});
        datasets.push({label: canvas.dataset.seriesTrackMean, data: JSON.parse(canvas.dataset.trackMeans), backgroundColor: '#e0c07a'});
        new Chart(canvas, {
            type: 'bar',
            data: {labels: labels, datasets: datasets},
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
