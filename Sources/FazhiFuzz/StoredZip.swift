import Foundation
import ZIPFoundation

/// Writes a zip archive whose entries are stored (not deflated), with correct checksums: how the
/// docx target puts a mutated `word/document.xml` in front of the XML scanner, past the archive
/// checks a byte-mutated archive rarely gets through.
public enum StoredZip {
    public static func archive(_ entries: [(String, [UInt8])]) -> [UInt8] {
        var out = [UInt8]()
        var directory = [UInt8]()
        for (name, data) in entries {
            let crc = UInt32(Data(data).crc32(checksum: 0))
            let nameBytes = Array(name.utf8)
            let offset = out.count
            let fixed = little(20, 2) + little(0, 2) + little(0, 2) + little(0, 4) + little(crc, 4)
                + little(UInt32(data.count), 4) + little(UInt32(data.count), 4) + little(UInt32(nameBytes.count), 2)
                + little(0, 2)
            out += [0x50, 0x4B, 0x03, 0x04] + fixed + nameBytes + data
            directory += [0x50, 0x4B, 0x01, 0x02] + little(20, 2) + fixed + little(0, 2) + little(0, 2) + little(0, 2)
                + little(0, 4) + little(UInt32(offset), 4) + nameBytes
        }
        let start = out.count
        out += directory
        out += [0x50, 0x4B, 0x05, 0x06] + little(0, 4) + little(UInt32(entries.count), 2) + little(UInt32(entries.count), 2)
            + little(UInt32(directory.count), 4) + little(UInt32(start), 4) + little(0, 2)
        return out
    }

    private static func little(_ value: UInt32, _ width: Int) -> [UInt8] {
        (0..<width).map { UInt8(truncatingIfNeeded: value >> (8 * UInt32($0))) }
    }
}
