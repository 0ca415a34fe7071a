/// One institution's assessments over time, compared period by period.
public struct Trend: Sendable {
  /// A domain at one period.
  public struct Point: Sendable, Equatable {
    public var period: String
    public var achieved: String
    public var target: String
    public var percentToTarget: Double?
  }
  /// A domain over time.
  public struct DomainSeries: Sendable, Equatable {
    public var id: String
    public var points: [Point]
  }
  /// What changed between two consecutive assessments.
  public struct Step: Sendable, Equatable {
    public var from: String
    public var to: String
    /// Gaps (baseline or target) of the earlier period that are gone.
    public var closed: [String]
    /// Gaps of the later period that were not gaps before.
    public var opened: [String]
    /// Statements met before and not met now, in model order.
    public var regressions: [String]
    /// How many statements the two assessments share and could be compared.
    public var compared: Int
    /// Whether the two assessments answer different questionnaire versions.
    public var acrossVersions: Bool
    /// Statements of the later version with no counterpart in the earlier one, in model order.
    ///
    /// Each period's domain levels are scored on its own version, so these count from the later
    /// period on; one not yet met lowers a level that the earlier version could not have lowered.
    public var added: [String] = []
    /// Those of ``added`` that are not met in the later period (answered `no` or not yet answered).
    public var addedNotMet: [String] = []
    /// The change in full, per domain.
    public var change: AssessmentChange? = nil
  }
  /// A component's change from the first period to the last.
  public struct ComponentChange: Sendable, Equatable {
    public var id: String
    public var firstAchieved: String
    public var lastAchieved: String
    public var firstPercent: Double
    public var lastPercent: Double
    public var change: Double { lastPercent - firstPercent }
  }
  /// An outcome indicator over time.
  public struct IndicatorSeries: Sendable, Equatable {
    public var id: String
    public var domain: String
    public var values: [(period: String, value: String?, reached: String?)]

    public static func == (lhs: IndicatorSeries, rhs: IndicatorSeries) -> Bool {
      lhs.id == rhs.id && lhs.domain == rhs.domain && lhs.values.map(\.period) == rhs.values.map(\.period)
        && lhs.values.map(\.value) == rhs.values.map(\.value) && lhs.values.map(\.reached) == rhs.values.map(\.reached)
    }
  }

  /// The assessments, oldest first.
  public var records: [GapAnalysis]
  public var domains: [DomainSeries]
  public var steps: [Step]
  /// The components that improved most from the first period to the last, at most five.
  public var mostImproved: [ComponentChange]
  public var indicators: [IndicatorSeries]
}

extension Trend {
  /// Compares assessments of one institution.
  ///
  /// Statements are compared by id: the questionnaire's versioning rule gives a changed meaning a
  /// new id, so a shared id means the same claim in both versions. Across a version change, a
  /// revision map also links a replaced statement to its replacement and a split statement to its
  /// parts; nothing else is compared, and each step counts what was.
  /// - Parameters:
  ///   - records: The assessments, in any order.
  ///   - sources: Where each record came from, for messages.
  ///   - allowMixed: Whether assessments of different institutions may be compared.
  ///   - revisions: The revision maps of the questionnaire versions involved.
  /// - Throws: `FinCyberError.invalidInput` when fewer than two assessments are given, two share a
  ///   period, or they belong to different institutions and mixing was not allowed.
  public init(_ records: [GapAnalysis], sources: [String], allowMixed: Bool = false, revisions: [Revision] = []) throws {
    precondition(records.count == sources.count)
    // A record keeps no place in its file: each problem is of a file as a whole.
    func problem(_ index: Int, _ message: String, _ fix: String, kind: Diagnostic.Kind? = nil) -> FinCyberError {
      .invalidInput([Diagnostic(file: sources[index], message: message, fix: fix, kind: kind)])
    }
    guard records.count >= 2 else {
      throw problem(0, "a trend needs two assessments or more", "name every quarter's file")
    }
    let identity = { (record: GapAnalysis) in record.institutionID ?? record.institutionName }
    if !allowMixed, let other = records.indices.first(where: { identity(records[$0]) != identity(records[0]) }) {
      throw problem(
        other, "this assessment is of '\(records[other].institutionName)', the first of '\(records[0].institutionName)'",
        "give one institution's files, or allow assessments of different institutions in one trend", kind: .mixesInstitutions)
    }
    let order = records.indices.sorted { (records[$0].period, $0) < (records[$1].period, $1) }
    for (a, b) in zip(order, order.dropFirst()) where records[a].period == records[b].period && identity(records[a]) == identity(records[b]) {
      throw problem(b, "two assessments for \(records[b].period) (the other is \(sources[a]))", "keep one file per period")
    }
    let sorted = order.map { records[$0] }
    self.records = sorted

    var domains: [DomainSeries] = []
    for id in sorted.last!.domains.map(\.score.id) {
      domains.append(
        DomainSeries(
          id: id,
          points: sorted.compactMap { record in
            record.domains.first { $0.score.id == id }.map {
              Point(period: record.period, achieved: $0.score.achieved, target: $0.target.level, percentToTarget: $0.percentToTarget.flatMap(Double.init))
            }
          }))
    }
    self.domains = domains

    steps = zip(sorted, sorted.dropFirst()).map { before, after in
      let change = AssessmentChange(from: before, to: after, revisions: revisions)
      return Step(
        from: change.from, to: change.to, closed: change.closed, opened: change.opened, regressions: change.regressions,
        compared: change.compared, acrossVersions: change.acrossVersions, added: change.added, addedNotMet: change.addedNotMet,
        change: change)
    }

    func components(_ record: GapAnalysis) -> [String: (achieved: String, percent: Double)] {
      var result: [String: (String, Double)] = [:]
      for component in record.domains.flatMap({ $0.score.children.flatMap(\.children) }) {
        let met = component.tallies.reduce(0) { $0 + $1.met }
        let applicable = component.tallies.reduce(0) { $0 + $1.applicable }
        result[component.id] = (component.achieved, applicable == 0 ? 100 : Double(met) * 100 / Double(applicable))
      }
      return result
    }
    let first = components(sorted.first!)
    let last = components(sorted.last!)
    mostImproved = last.compactMap { id, now in
      guard let then = first[id], now.percent > then.percent else { return nil }
      return ComponentChange(id: id, firstAchieved: then.achieved, lastAchieved: now.achieved, firstPercent: then.percent, lastPercent: now.percent)
    }
    .sorted { ($0.change, $1.id) > ($1.change, $0.id) }
    .prefix(5).map { $0 }

    indicators = sorted.last!.outcomes.map { latest in
      IndicatorSeries(
        id: latest.indicator, domain: latest.domain,
        values: sorted.map { record in
          let outcome = record.outcomes.first { $0.indicator == latest.indicator }
          return (record.period, outcome?.value, outcome?.reached)
        })
    }
  }
}
