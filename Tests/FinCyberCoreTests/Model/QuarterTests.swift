import FinCyberCore
import Testing

@Suite struct QuarterTests {
  @Test func aPeriodBeginsOnItsQuartersFirstDay() {
    #expect(Quarter.firstDay(of: "2026Q1") == "2026-01-01")
    #expect(Quarter.firstDay(of: "2026Q2") == "2026-04-01")
    #expect(Quarter.firstDay(of: "2026Q3") == "2026-07-01")
    #expect(Quarter.firstDay(of: "2099Q4") == "2099-10-01")
    for text in ["2026Q5", "2026Q0", "2026-Q1", "26Q1", "+026Q1", "２０２６Q1", ""] {
      #expect(Quarter.firstDay(of: text) == nil, "\(text)")
    }
  }

  @Test func aDateFallsInTheQuarterOfItsMonth() {
    #expect(Quarter.firstDay(containing: "2026-11-20") == "2026-10-01")
    #expect(Quarter.firstDay(containing: "2026-03-31") == "2026-01-01")
    #expect(Quarter.firstDay(containing: "2026-04-01") == "2026-04-01")
    #expect(Quarter.firstDay(containing: "2026-09-30") == "2026-07-01")
    #expect(Quarter.period(containing: "2026-11-20") == "2026Q4")
    #expect(Quarter.period(containing: "2027-02-01") == "2027Q1")
    for text in ["2026-13-01", "2026-1-01", "20261-01-01", "-026-01-01", "2026/11/20"] {
      #expect(Quarter.firstDay(containing: text) == nil, "\(text)")
    }
  }
}
