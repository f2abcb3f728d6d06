// Page behaviour for the portal. Loaded as a file: the content security policy allows no inline script.
(function () {
  'use strict';

  var PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#d68910', '#6c3483', '#117a8b', '#7f8c8d', '#b03a2e'];

  function draw(element) {
    if (typeof echarts === 'undefined' || element.dataset.drawn) {
      return;
    }
    var spec = JSON.parse(element.dataset.chart);
    var option;
    if (spec.kind === 'pie') {
      option = {
        color: PALETTE,
        title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'item' },
        series: [{
          type: 'pie', radius: ['35%', '65%'], top: 30,
          data: spec.labels.map(function (label, i) { return { name: label, value: spec.values[i] }; })
        }]
      };
    } else {
      option = {
        color: PALETTE,
        title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
        tooltip: { trigger: 'axis' },
        grid: { left: 48, right: 16, bottom: 72, top: 40 },
        xAxis: { type: 'category', data: spec.labels, axisLabel: { rotate: spec.labels.length > 6 ? 40 : 0 } },
        yAxis: { type: 'value' },
        series: [{ type: 'bar', data: spec.values }]
      };
    }
    var chart = echarts.init(element);
    chart.setOption(option);
    element.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    root.querySelectorAll('[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('htmx:afterSwap', function (event) { drawAll(event.target); });
}());
