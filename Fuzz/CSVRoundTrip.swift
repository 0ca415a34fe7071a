import Foundation

/// The CSV fuzzer's writer side: reads records as a JSON array of arrays of strings on standard
/// input and writes them through fincyber's `CSVWriter` to standard output. `Fuzz/csv-fuzz.py`
/// makes the records and reads the CSV back with Python's csv module.
@main
enum CSVRoundTrip {
  static func main() throws {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    guard let records = try JSONSerialization.jsonObject(with: input) as? [[String]] else {
      FileHandle.standardError.write(Data("expected a JSON array of arrays of strings\n".utf8))
      exit(2)
    }
    var writer = CSVWriter()
    for record in records { writer.row(record) }
    FileHandle.standardOutput.write(Data(writer.bytes))
  }
}
