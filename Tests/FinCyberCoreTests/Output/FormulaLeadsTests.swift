import Testing

@testable import FinCyberCore

/// The one rule every tabular output neutralises formulas by.
@Suite struct FormulaLeadsTests {
  @Test(arguments: ["=1", "+1", "-1", "@x", "\tx", "\rx", "\nx", "\0x", "＝1", "＋1", "－1", "＠x", "\r\nx"])
  func aTextLedByAFormulaScalarIsAFormula(_ text: String) {
    #expect(FormulaLeads.lead(text))
  }

  @Test(arguments: ["", "x=1", "'=1", " =1", "寶島", "1"])
  func otherTextsAreNot(_ text: String) {
    #expect(!FormulaLeads.lead(text))
  }
}
