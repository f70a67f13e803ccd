// Draws a candidate selection's distributions: how many complete candidates fall in each tenth of the normalised
// scale, per parameter (Chart.js, data from data-* attributes).
(function () {
    function draw() {
        var canvas = document.getElementById('distribution-chart');
        if (!canvas || typeof Chart === 'undefined' || canvas.dataset.drawn) {
            return;
        }
        canvas.dataset.drawn = 'yes';
        var d = canvas.dataset;
        function set(label, values, colour) {
            return {label: label, data: JSON.parse(values), backgroundColor: colour};
        }
        new Chart(canvas, {
            type: 'bar',
            data: {
                labels: JSON.parse(d.labels),
                datasets: [set('IKBT', d.ikbt, '#485fc7'), set('IKB', d.ikb, '#48c78e'),
                    set('IKH', d.ikh, '#3e8ed0'), set('KKD', d.kkd, '#ffb70f')]
            },
            options: {
                maintainAspectRatio: false, animation: false,
                scales: {
                    x: {title: {display: true, text: d.xTitle}},
                    y: {beginAtZero: true, ticks: {precision: 0}, title: {display: true, text: d.yTitle}}
                }
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
