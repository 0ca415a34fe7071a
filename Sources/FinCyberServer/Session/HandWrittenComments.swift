import FinCyberCore
import Foundation

/// The XML comments of a response file that fincyber's own writer would not write: comments a
/// person added by hand. A save rewrites the file from the answers, so it drops them; the server
/// says so before the first save, and `import-workbook` before it rewrites the file.
package enum HandWrittenComments {
  /// The comments of a file that the writer, in either language, would not write for the same
  /// responses, in file order, their white space trimmed.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - responses: The responses loaded from it.
  ///   - questionnaire: Their questionnaire.
  package static func find(in bytes: [UInt8], responses: Responses, questionnaire: Questionnaire) -> [String] {
    var own: [String: Int] = [:]
    for language in Language.allCases {
      guard let written = try? ResponsesWriter(questionnaire: questionnaire, language: language).xml(responses) else { continue }
      var counts: [String: Int] = [:]
      for text in comments(in: written) { counts[text, default: 0] += 1 }
      own.merge(counts) { max($0, $1) }
    }
    var handWritten: [String] = []
    for text in comments(in: bytes) {
      if let count = own[text], count > 0 {
        own[text] = count - 1
      } else {
        handWritten.append(text)
      }
    }
    return handWritten
  }

  /// The texts of an XML document's comments, in order, their white space trimmed. One linear
  /// pass: comments are `<!--` to `-->`; CDATA sections and processing instructions, which may
  /// hold `<!--` as text, are skipped (attribute values and text cannot hold a raw `<`).
  ///
  /// - Parameter bytes: The document.
  static func comments(in bytes: [UInt8]) -> [String] {
    let sections: [(open: [UInt8], close: [UInt8], isComment: Bool)] = [
      (Array("<!--".utf8), Array("-->".utf8), true), (Array("<![CDATA[".utf8), Array("]]>".utf8), false),
      (Array("<?".utf8), Array("?>".utf8), false),
    ]
    func starts(_ marker: [UInt8], at position: Int) -> Bool {
      position + marker.count <= bytes.count && bytes[position..<position + marker.count].elementsEqual(marker)
    }
    var texts: [String] = []
    var index = 0
    scan: while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<"), let section = sections.first(where: { starts($0.open, at: index) }) else {
        index += 1
        continue
      }
      let bodyStart = index + section.open.count
      var bodyEnd = bodyStart
      while !starts(section.close, at: bodyEnd) {
        bodyEnd += 1
        if bodyEnd >= bytes.count { break scan }
      }
      if section.isComment {
        texts.append(String(decoding: bytes[bodyStart..<bodyEnd], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
      }
      index = bodyEnd + section.close.count
    }
    return texts
  }
}
