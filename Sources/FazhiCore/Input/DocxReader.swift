import Foundation

/// Reads a .docx in memory: the text of `word/document.xml` and the title in `docProps/core.xml`.
///
/// The archive is opened with ``ZipDirectory``, which checks every offset before trusting it, so a
/// damaged file is refused with the reason, never a crash.
enum DocxReader {
    /// What a .docx holds.
    struct Content: Equatable {
        var text: String
        var title: String?
    }

    /// Why a .docx could not be read, in words for ``InputError/Reason/badDocx(_:)``.
    struct Failure: Error, Equatable {
        var why: String
    }

    /// Parts larger than this once inflated are refused (a zip bomb, not a report).
    static let maxPartBytes = 256 << 20

    static func read(_ data: Data) throws(Failure) -> Content {
        let archive: ZipDirectory
        do {
            archive = try ZipDirectory(data)
        } catch {
            throw Failure(why: error.why)
        }
        guard let document = try part("word/document.xml", of: archive) else {
            throw Failure(why: "it has no word/document.xml")
        }
        let text = WordprocessingText.text(of: utf8(document))
        let title = (try? part("docProps/core.xml", of: archive)).flatMap { $0 }.flatMap(coreTitle)
        return Content(text: text, title: title)
    }

    /// The inflated bytes of an entry, or `nil` when the archive has no such entry.
    private static func part(_ path: String, of archive: ZipDirectory) throws(Failure) -> [UInt8]? {
        guard let entry = archive.entry(path) else { return nil }
        do {
            return try ZipInflater.extract(entry, from: archive, limit: maxPartBytes)
        } catch {
            throw Failure(why: error.why)
        }
    }

    /// XML parts are UTF-8, or UTF-16 with a byte-order mark.
    private static func utf8(_ bytes: [UInt8]) -> [UInt8] {
        for encoding in [TextEncoding.utf16LE, .utf16BE] where bytes.starts(with: encoding.byteOrderMark) {
            return Array((encoding.decode(Data(bytes.dropFirst(2))) ?? "").utf8)
        }
        return bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// The `dc:title` of `docProps/core.xml`, if it is not blank.
    private static func coreTitle(_ bytes: [UInt8]) -> String? {
        let xml = utf8(bytes)
        guard let open = firstRange(of: Array("<dc:title>".utf8), in: xml),
            let close = firstRange(of: Array("</dc:title>".utf8), in: xml, from: open.upperBound)
        else { return nil }
        var out = [UInt8]()
        var index = open.upperBound
        while index < close.lowerBound {
            if xml[index] == UInt8(ascii: "&") {
                index = XMLEntity.append(from: xml, at: index, to: &out)
            } else {
                out.append(xml[index])
                index += 1
            }
        }
        let title = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : title
    }

    private static func firstRange(of needle: [UInt8], in bytes: [UInt8], from start: Int = 0) -> Range<Int>? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], Array(bytes[index..<(index + needle.count)]) == needle {
                return index..<(index + needle.count)
            }
            index += 1
        }
        return nil
    }
}
