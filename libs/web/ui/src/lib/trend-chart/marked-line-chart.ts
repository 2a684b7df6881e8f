import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';
import { ChartCommonModule, LineChartComponent, LineChartModule } from '@swimlane/ngx-charts';

/** A point of a marked line: ngx-charts' data item, with whether it rests on fewer than 5 members. */
export interface MarkedPoint {
  name: Date | number;
  value: number;
  extra?: { lowN?: boolean };
}

/**
 * ngx-charts' line chart with every point drawn as a marker: filled, or hollow when the point rests on fewer than 5
 * members (UX: "low n" is visible on the chart itself, not only in its tooltip and table). The template is ngx-charts'
 * own line chart (without its legend and timeline, which we never use) plus the marker layer; all behaviour — scales,
 * axes, resizing, bands, tooltips — is inherited.
 */
@Component({
  selector: 'ch-marked-line-chart',
  imports: [ChartCommonModule, LineChartModule],
  template: `
    <ngx-charts-chart [view]="[width, height]" [showLegend]="false" [animations]="animations">
      <svg:defs>
        <svg:clipPath [attr.id]="clipPathId">
          <svg:rect [attr.width]="dims.width + 10" [attr.height]="dims.height + 10" [attr.transform]="'translate(-5, -5)'" />
        </svg:clipPath>
      </svg:defs>
      <svg:g [attr.transform]="transform" class="line-chart chart">
        @if (xAxis) {
          <svg:g
            ngx-charts-x-axis
            [xScale]="xScale"
            [dims]="dims"
            [showGridLines]="showGridLines"
            [showLabel]="showXAxisLabel"
            [labelText]="xAxisLabel"
            [trimTicks]="trimXAxisTicks"
            [rotateTicks]="rotateXAxisTicks"
            [maxTickLength]="maxXAxisTickLength"
            [tickFormatting]="xAxisTickFormatting"
            [ticks]="xAxisTicks"
            [wrapTicks]="wrapTicks"
            (dimensionsChanged)="updateXAxisHeight($event)"
          />
        }
        @if (yAxis) {
          <svg:g
            ngx-charts-y-axis
            [yScale]="yScale"
            [dims]="dims"
            [showGridLines]="showGridLines"
            [showLabel]="showYAxisLabel"
            [labelText]="yAxisLabel"
            [trimTicks]="trimYAxisTicks"
            [maxTickLength]="maxYAxisTickLength"
            [tickFormatting]="yAxisTickFormatting"
            [ticks]="yAxisTicks"
            [wrapTicks]="wrapTicks"
            (dimensionsChanged)="updateYAxisWidth($event)"
          />
        }
        <svg:g [attr.clip-path]="clipPath">
          @for (series of results; track series.name) {
            <svg:g
              ngx-charts-line-series
              [xScale]="xScale"
              [yScale]="yScale"
              [colors]="colors"
              [data]="series"
              [activeEntries]="activeEntries"
              [scaleType]="scaleType"
              [curve]="curve"
              [rangeFillOpacity]="rangeFillOpacity"
              [hasRange]="hasRange"
              [animations]="animations"
            />
          }
          @for (series of results; track series.name) {
            <svg:g class="markers">
              @for (point of asPoints(series.series); track $index) {
                <svg:circle
                  class="marker"
                  [class.marker--low-n]="point.extra?.lowN"
                  [attr.cx]="xScale(point.name)"
                  [attr.cy]="yScale(point.value)"
                  [attr.r]="markerRadius()"
                  [attr.stroke]="colors.getColor(series.name)"
                  [attr.fill]="point.extra?.lowN ? 'var(--ch-surface, #fff)' : colors.getColor(series.name)"
                />
              }
            </svg:g>
          }
          @if (!tooltipDisabled) {
            <svg:g (mouseleave)="hideCircles()">
              <svg:g
                ngx-charts-tooltip-area
                [dims]="dims"
                [xSet]="xSet"
                [xScale]="xScale"
                [yScale]="yScale"
                [results]="results"
                [colors]="colors"
                [tooltipDisabled]="tooltipDisabled"
                [tooltipTemplate]="seriesTooltipTemplate"
                (hover)="updateHoveredVertical($event)"
              />
              @for (series of results; track series.name) {
                <svg:g
                  ngx-charts-circle-series
                  [xScale]="xScale"
                  [yScale]="yScale"
                  [colors]="colors"
                  [data]="series"
                  [scaleType]="scaleType"
                  [visibleValue]="hoveredVertical"
                  [activeEntries]="activeEntries"
                  [tooltipDisabled]="tooltipDisabled"
                  [tooltipTemplate]="tooltipTemplate"
                  (select)="onClick($event)"
                  (activate)="onActivate($event)"
                  (deactivate)="onDeactivate($event)"
                />
              }
            </svg:g>
          }
        </svg:g>
      </svg:g>
    </ngx-charts-chart>
  `,
  // As ngx-charts' own charts: its axes and series are styled by class names, outside any component's encapsulation;
  // these are the rules of ngx-charts' base styles that a line chart uses (they come with its own chart components).
  encapsulation: ViewEncapsulation.None,
  styles: [
    `
      ch-marked-line-chart .ngx-charts {
        float: left;
        overflow: visible;
      }
      ch-marked-line-chart .gridline-path {
        stroke: #ddd;
        stroke-width: 1;
        fill: none;
      }
      ch-marked-line-chart .tooltip-anchor {
        fill: #000;
      }
      ch-marked-line-chart .line-series.inactive,
      ch-marked-line-chart .line-series-range.inactive {
        opacity: 0.2;
      }
      ch-marked-line-chart .area {
        opacity: 0.6;
      }
      ch-marked-line-chart .line-highlight {
        display: none;
      }
      ch-marked-line-chart .line-highlight.active {
        display: block;
      }
      ch-marked-line-chart .label {
        font-size: 12px;
        font-weight: 400;
      }
      ch-marked-line-chart .marker {
        stroke-width: 1.5px;
        pointer-events: none;
      }
    `,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MarkedLineChart extends LineChartComponent {
  /** Markers shrink when the points crowd together (a long range by session). */
  readonly markerRadius = input(3.5);

  // Our charts' common settings: axes on, our own legend and no animation, a fixed scale from 0. (Field initializers,
  // not a constructor: ngx-charts' base chart takes its element and zone by constructor injection.)
  override legend = false;
  override xAxis = true;
  override yAxis = true;
  override autoScale = false;
  override animations = false;
  override yScaleMin = 0;

  protected asPoints(series: unknown): MarkedPoint[] {
    return series as MarkedPoint[];
  }
}
