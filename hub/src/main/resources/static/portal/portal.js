// Page behaviour for the portal. Loaded as a file: the content security policy allows no inline script.
(function () {
  'use strict';

  var PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#d68910', '#6c3483', '#117a8b', '#7f8c8d', '#b03a2e'];

  function draw(element) {
    if (typeof echarts === 'undefined' || element.dataset.drawn) {
      return;
    }
    var spec = JSON.parse(element.dataset.chart);
    var option = {
      color: PALETTE,
      title: { text: spec.title, left: 'center', textStyle: { fontSize: 14 } },
      tooltip: { trigger: spec.kind === 'pie' || spec.kind === 'scatter' ? 'item' : 'axis' }
    };
    if (spec.kind === 'pie') {
      option.series = [{
        type: 'pie', radius: ['35%', '65%'], top: 30,
        data: spec.labels.map(function (label, i) { return { name: label, value: spec.values[i] }; })
      }];
    } else if (spec.kind === 'scatter') {
      var numeric = spec.points.length === 0 || typeof spec.points[0][0] === 'number';
      option.grid = { left: 56, right: 24, bottom: 48, top: 40 };
      option.xAxis = { type: numeric ? 'value' : 'category', name: spec.xName, scale: true };
      option.yAxis = { type: 'value', name: spec.yName, scale: true };
      option.series = [{ type: 'scatter', symbolSize: 6, data: spec.points }];
    } else {
      option.grid = { left: 56, right: 16, bottom: 72, top: 40 };
      option.xAxis = { type: 'category', data: spec.labels, axisLabel: { rotate: spec.labels.length > 6 ? 40 : 0 } };
      option.yAxis = { type: 'value' };
      option.series = [{ type: spec.kind === 'line' ? 'line' : 'bar', data: spec.values }];
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
  // a swapped-in preview or chart brings its own data-chart elements
  document.addEventListener('htmx:afterSettle', function () { drawAll(document); });
}());
