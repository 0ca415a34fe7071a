import FinCyberReports
import Foundation
import Testing

@Suite struct ChartGeometryTests {
  let chart = RadarChart(center: ChartPoint(x: 100, y: 100), radius: 80, axes: 4)

  @Test func axesStartAtTheTopAndTurnClockwise() {
    #expect(chart.point(axis: 0, fraction: 1) == ChartPoint(x: 100, y: 20))
    let right = chart.point(axis: 1, fraction: 1)
    #expect(abs(right.x - 180) < 1e-9 && abs(right.y - 100) < 1e-9)
    let bottom = chart.point(axis: 2, fraction: 1)
    #expect(abs(bottom.x - 100) < 1e-9 && abs(bottom.y - 180) < 1e-9)
    let left = chart.point(axis: 3, fraction: 1)
    #expect(abs(left.x - 20) < 1e-9 && abs(left.y - 100) < 1e-9)
  }

  @Test(arguments: 0..<4)
  func halfwayLiesHalfwayAlongItsAxis(_ axis: Int) {
    let end = chart.point(axis: axis, fraction: 1)
    let half = chart.point(axis: axis, fraction: 0.5)
    let midX: Double = (100 + end.x) / 2
    let midY: Double = (100 + end.y) / 2
    #expect(abs(half.x - midX) < 1e-9)
    #expect(abs(half.y - midY) < 1e-9)
  }

  @Test func fractionsAreClamped() {
    #expect(chart.point(axis: 0, fraction: 2) == chart.point(axis: 0, fraction: 1))
    #expect(chart.point(axis: 0, fraction: -1) == ChartPoint(x: 100, y: 100))
  }

  @Test func polygonListsOnePointPerAxis() {
    #expect(chart.polygon([1, 0.5, 0, 0.25]) == "100,20 140,100 100,100 80,100")
  }

  @Test func heatMapStepsByQuarter() {
    #expect(HeatMapColor.step(nil) == nil)
    #expect(HeatMapColor.step(0) == 0)
    #expect(HeatMapColor.step(24.9) == 0)
    #expect(HeatMapColor.step(25) == 1)
    #expect(HeatMapColor.step(99.9) == 3)
    #expect(HeatMapColor.step(100) == 4)
  }
}

@Suite struct LineChartGeometryTests {
  let chart = LineChart(left: 50, top: 10, width: 400, height: 200, periods: 5)

  @Test func fiftyPercentLiesHalfwayUp() {
    #expect(chart.y(50) == 110)
    #expect(chart.y(100) == 10)
    #expect(chart.y(0) == 210)
  }

  @Test func periodsAreEvenlySpaced() {
    #expect((0..<5).map(chart.x) == [50, 150, 250, 350, 450])
    #expect(LineChart(left: 0, top: 0, width: 100, height: 100, periods: 1).x(0) == 50)
  }

  @Test func valuesAreClamped() {
    #expect(chart.y(130) == chart.y(100))
    #expect(chart.y(-5) == chart.y(0))
  }
}
