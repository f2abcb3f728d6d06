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
    root.querySelectorAll('[data-map]').forEach(map);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  // a swapped-in preview or chart brings its own data-chart elements
  document.addEventListener('htmx:afterSettle', function () { drawAll(document); });

  // --- dataset map, load progress by server-sent events ---

  // Axis bounds that give a degree of latitude and a degree of longitude at the centre's latitude the same length
  // on screen, with the points in the middle.
  function equalAspect(points, width, height) {
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    points.forEach(function (p) {
      minX = Math.min(minX, p[0]); maxX = Math.max(maxX, p[0]);
      minY = Math.min(minY, p[1]); maxY = Math.max(maxY, p[1]);
    });
    var shrink = Math.max(0.05, Math.cos((minY + maxY) / 2 * Math.PI / 180));
    var perPixel = Math.max((maxX - minX) * shrink / width, (maxY - minY) / height, 1e-5) * 1.08;
    var halfX = width * perPixel / shrink / 2, halfY = height * perPixel / 2;
    return { x: [(minX + maxX) / 2 - halfX, (minX + maxX) / 2 + halfX],
             y: [(minY + maxY) / 2 - halfY, (minY + maxY) / 2 + halfY] };
  }

  function plotMap(element, data) {
    var grid = { left: 64, right: 24, top: 24, bottom: 48 };
    var degrees = function (v) { return v.toFixed(2); };
    var axis = function (name, range) {
      return { type: 'value', name: name, min: range[0], max: range[1], nameLocation: 'middle', nameGap: 36,
               axisLabel: { formatter: degrees }, splitLine: { lineStyle: { color: '#eee' } } };
    };
    var bounds = data.points.length === 0 ? { x: [-180, 180], y: [-90, 90] }
      : equalAspect(data.points, Math.max(100, element.clientWidth - grid.left - grid.right),
          Math.max(100, element.clientHeight - grid.top - grid.bottom));
    var chart = echarts.getInstanceByDom(element) || echarts.init(element);
    chart.setOption({
      color: PALETTE, grid: grid,
      tooltip: { trigger: 'item', formatter: function (p) {
        return echarts.format.encodeHTML(p.value[2]) + '<br>' + p.value[0] + ', ' + p.value[1];
      } },
      xAxis: axis(data.xName, bounds.x), yAxis: axis(data.yName, bounds.y),
      series: [{ type: 'scatter', symbolSize: 5, data: data.points }]
    }, true);
    var count = document.querySelector('[data-map-count]');
    if (count) {
      count.textContent = count.dataset.template.replace('{0}', data.points.length).replace('{1}', data.total);
    }
  }

  // A map's points come from the hub as JSON (the address says which selection), then are drawn by ECharts.
  function map(element) {
    if (typeof echarts === 'undefined' || element.dataset.drawn) {
      return;
    }
    element.dataset.drawn = 'true';
    fetch(element.dataset.map, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (answer) {
        if (!answer.ok) {
          throw new Error('map: ' + answer.status);
        }
        return answer.json();
      })
      .then(function (data) {
        plotMap(element, data);
        window.addEventListener('resize', function () {
          if (element.isConnected) {
            echarts.getInstanceByDom(element).resize();
            plotMap(element, data);
          }
        });
      });
  }

  // A running load's progress comes as server-sent events from the ingest API (the session is enough there);
  // when it ends, the section is asked for again and brings the validation report. Without EventSource, or once
  // the stream has failed, the page's refresh link is the way.
  var streamFailed = false;

  function filled(template, values) {
    return values.reduce(function (text, value, i) { return text.replace('{' + i + '}', value); }, template);
  }

  function showProgress(section, job) {
    var lang = document.documentElement.lang || undefined;
    var number = function (n, digits) {
      return Number(n).toLocaleString(lang, { maximumFractionDigits: digits || 0 });
    };
    var part = function (name) { return section.querySelector('[data-load="' + name + '"]'); };
    var percent = number(job.percent) + '%';
    part('percent').value = job.percent;
    part('percent').textContent = percent;
    part('percent-text').textContent = percent;
    part('rows').textContent = filled(part('rows').dataset.template, [number(job.rows)]);
    part('bytes').textContent = filled(part('bytes').dataset.template, [number(job.bytes), number(job.totalBytes)]);
    part('rate').textContent = filled(part('rate').dataset.template, [number(job.rowsPerSecond)]);
    if (job.state === 'RUNNING') {
      part('state').textContent = part('state').dataset.running;
    }
    section.dataset.state = job.state;
  }

  function follow(section) {
    if (typeof EventSource === 'undefined' || streamFailed || section.dataset.following) {
      return;
    }
    section.dataset.following = 'true';
    var source = new EventSource(section.dataset.events);
    var end = function () {
      source.close();
      htmx.ajax('GET', section.dataset.page, { target: section, swap: 'outerHTML' });
    };
    source.addEventListener('progress', function (event) { showProgress(section, JSON.parse(event.data)); });
    source.addEventListener('done', function (event) {
      showProgress(section, JSON.parse(event.data));
      end();
    });
    source.onerror = function () {
      // a dropped connection is retried by the browser; a refused or broken stream is closed
      if (source.readyState === EventSource.CLOSED) {
        streamFailed = true;
        end();
      }
    };
  }

  function followAll() {
    document.querySelectorAll('[data-events]').forEach(follow);
  }

  document.addEventListener('DOMContentLoaded', followAll);
  document.addEventListener('htmx:afterSettle', followAll);
}());
