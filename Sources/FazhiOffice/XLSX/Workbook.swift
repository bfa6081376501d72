import Foundation
import ZIPFoundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An .xlsx workbook: worksheets in tab order plus a title and author, written as an Office Open XML
/// package that Excel, WPS and LibreOffice open without repair.
///
/// ```swift
/// var book = Workbook(title: "法治政府建设年度报告分析", creator: "Fazhi")
/// book.append(Worksheet(name: "报告", columns: ["地区", "年度"], rows: [["北京市", 2023]]))
/// try book.write(to: URL(fileURLWithPath: "fazhi.xlsx"))
/// ```
/// Strings go to one shared-string table (`xl/sharedStrings.xml`), as Excel itself writes them: every
/// reader supports it, WPS included, and repeated values (regions, indicators, severities) are stored once.
/// Each part is generated row by row into byte buffers; a part larger than 4 MB (a 100,000-row sheet's
/// XML is about 40 MB) is spooled through a temporary file before it is deflated, so the working memory
/// stays a few megabytes besides the cells, the string table and the compressed output.
public struct Workbook: Sendable, Hashable {
    /// The document title (`docProps/core.xml`, shown in the file's properties).
    public var title: String?
    /// The author (`dc:creator`).
    public var creator: String?
    /// The creation time recorded in the document properties and the zip entries.
    /// Fixing it makes the output byte-for-byte reproducible.
    public var created: Date
    /// The worksheets in tab order. A workbook without sheets is written with one empty sheet, 工作表1,
    /// because Excel cannot open a workbook that has none.
    public var sheets: [Worksheet]

    /// A workbook with optional properties and sheets.
    public init(title: String? = nil, creator: String? = nil, created: Date = Date(), sheets: [Worksheet] = []) {
        self.title = title
        self.creator = creator
        self.created = created
        self.sheets = sheets
    }

    /// Adds a sheet after the last one.
    public mutating func append(_ sheet: Worksheet) {
        sheets.append(sheet)
    }

    /// The sheet names as written: each made valid for Excel, then made unique (see ``Worksheet``).
    public var sheetNames: [String] {
        SheetName.resolve(sheets.map(\.name))
    }

    /// The .xlsx file's bytes.
    public func data() throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(accessMode: .create)
        } catch {
            throw XLSXError.archive("cannot create an in-memory zip archive: \(error)")
        }
        try XLSXPackage(workbook: self).write(into: archive)
        guard let data = archive.data else {
            throw XLSXError.archive("the in-memory zip archive has no data")
        }
        return data
    }

    /// Writes the .xlsx file, streaming it to disk and replacing any file at `url` only once it is complete.
    public func write(to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            let archive: Archive
            do {
                archive = try Archive(url: temporary, accessMode: .create)
            } catch {
                throw XLSXError.archive("cannot create a file in \(directory.path): \(error.localizedDescription)")
            }
            try XLSXPackage(workbook: self).write(into: archive)
            // rename(2) replaces an existing file atomically: readers see the old file or the new one.
            guard rename(temporary.path, url.path) == 0 else {
                let reason = String(cString: strerror(errno))
                throw XLSXError.archive("cannot move the written file to \(url.path): \(reason)")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
