import { useEffect, useRef, type RefObject } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws (bar, line, pie on a canvas): imported modularly from echarts/core so the
// lazy 统计看板 chunk stays small. No maps, no map tiles, nothing from a CDN.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;
export type ChartInstance = echarts.ECharts;

/**
 * One ECharts canvas. `chartRef` receives the instance (下载图片: getDataURL); `onClick` gets the clicked
 * data index (drill-down). Resizes with its box; the label is the chart's accessible name (the data is in the
 * table beside it).
 */
export function EChart(props: {
  option: ChartOption;
  label: string;
  height?: number;
  chartRef?: RefObject<ChartInstance | null>;
  onClick?: (dataIndex: number) => void;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const onClick = useRef(props.onClick);
  onClick.current = props.onClick;

  useEffect(() => {
    if (!el.current) return;
    const c = echarts.init(el.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    if (props.chartRef) props.chartRef.current = c;
    c.on('click', (p) => {
      if (typeof p.dataIndex === 'number') onClick.current?.(p.dataIndex);
    });
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(el.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
      if (props.chartRef) props.chartRef.current = null;
    };
  }, [props.chartRef]);

  useEffect(() => {
    chart.current?.setOption(props.option, { notMerge: true });
  }, [props.option]);

  return <div ref={el} role="img" aria-label={props.label} style={{ width: '100%', height: props.height ?? 280 }} />;
}
