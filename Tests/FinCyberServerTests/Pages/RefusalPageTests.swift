import FinCyberCore
import Testing

@testable import FinCyberServer

/// A request that is not served gets a short page in each of the model's languages, which sends
/// the user after the token only when the token is what is missing.
@Suite struct RefusalPageTests {
  let roadmapLike = [ServerFixtures.words(.traditionalChinese), ServerFixtures.words()]
  let englishOnly = [ServerFixtures.words(.english, ServerFixtures.catLike)]

  @Test func onlyARefusalForWantOfTheTokenSendsTheUserAfterIt() {
    let page = RefusalPage.html(status: 403, reason: "no token", words: roadmapLike)
    #expect(page.contains("Open the address that fincyber serve printed, with its access token."))
    #expect(page.contains("請開啟 fincyber serve 印出的網址（含存取權杖）。"))
    #expect(page.contains("<span lang=\"zh-TW\">拒絕存取</span> <span lang=\"en\">Access refused</span>"))
    for status in [404, 421, 500] {
      let page = RefusalPage.html(status: status, reason: "no page", words: roadmapLike)
      #expect(!page.contains("access token") && !page.contains("存取權杖"), "\(status)")
      #expect(page.contains("no page"))
      #expect(page.contains("This request was not served"))
    }
  }

  @Test func aModelInEnglishOnlyIsRefusedInEnglishOnly() {
    let page = RefusalPage.html(status: 403, reason: "no token", words: englishOnly)
    #expect(page.contains("<html lang=\"en\">"))
    #expect(page.contains("Access refused") && page.contains("with its access token"))
    #expect(!page.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) }, "\(page)")
  }

  @Test func whatTheReasonSaysIsEscaped() {
    let page = RefusalPage.html(status: 404, reason: "<script>alert(1)</script>", words: englishOnly)
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !page.contains("<script>"))
  }
}
