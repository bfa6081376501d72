/// The text of a WordprocessingML part (`word/document.xml`), read with a fast byte scan.
///
/// Runs' `w:t` text is kept, `w:tab` becomes a tab and `w:br`/`w:cr` a line break; each paragraph
/// ends its line and table cells are separated by tabs, one row per line. Tab stops and other
/// properties (`w:pPr`, `w:rPr` …), deleted text and the `mc:Fallback` copy of text boxes are
/// skipped. Prefixes are ignored, so `<ns0:t>` reads like `<w:t>`.
enum WordprocessingText {
    static func text(of xml: [UInt8]) -> String {
        var scan = Scan(xml: xml)
        scan.run()
        while scan.out.last == 0x0A || scan.out.last == 0x20 { scan.out.removeLast() }
        return String(decoding: scan.out, as: UTF8.self)
    }

    private struct Scan {
        let xml: [UInt8]
        var out: [UInt8] = []
        var inText = false
        var propertyDepth = 0
        var fallbackDepth = 0
        var cellDepth = 0

        mutating func run() {
            var index = 0
            while index < xml.count {
                let byte = xml[index]
                if byte == UInt8(ascii: "<") {
                    index = tag(at: index)
                } else {
                    if inText && propertyDepth == 0 && fallbackDepth == 0 {
                        if byte == UInt8(ascii: "&") {
                            index = XMLEntity.append(from: xml, at: index, to: &out)
                            continue
                        }
                        out.append(byte)
                    }
                    index += 1
                }
            }
        }

        /// Handles the tag starting at `start` and returns the index after it.
        private mutating func tag(at start: Int) -> Int {
            guard let end = xml[start...].firstIndex(of: UInt8(ascii: ">")) else { return xml.count }
            let closing = start + 1 < end && xml[start + 1] == UInt8(ascii: "/")
            let selfClosing = xml[end - 1] == UInt8(ascii: "/")
            let nameStart = closing ? start + 2 : start + 1
            var nameEnd = nameStart
            while nameEnd < end, !Self.endsName(xml[nameEnd]) { nameEnd += 1 }
            let qualified = xml[nameStart..<nameEnd]
            let local = qualified.lastIndex(of: UInt8(ascii: ":")).map { qualified[($0 + 1)...] } ?? qualified
            let name = String(decoding: local, as: UTF8.self)
            let opening = !closing && !selfClosing
            if name.hasSuffix("Pr") || name == "Fallback" {
                let delta = opening ? 1 : (closing ? -1 : 0)
                if name == "Fallback" { fallbackDepth = max(0, fallbackDepth + delta) }
                else { propertyDepth = max(0, propertyDepth + delta) }
                return end + 1
            }
            guard propertyDepth == 0, fallbackDepth == 0 else { return end + 1 }
            switch name {
            case "t": inText = opening
            case "tab" where !closing: out.append(0x09)
            case "br" where !closing, "cr" where !closing: out.append(0x0A)
            case "noBreakHyphen": out.append(UInt8(ascii: "-"))
            case "p" where !opening: out.append(cellDepth > 0 ? 0x20 : 0x0A)
            case "tc" where opening: cellDepth += 1
            case "tc" where closing:
                cellDepth = max(0, cellDepth - 1)
                while out.last == 0x20 { out.removeLast() }
                out.append(0x09)
            case "tr" where closing:
                while out.last == 0x09 { out.removeLast() }
                out.append(cellDepth > 0 ? 0x20 : 0x0A)
            default: break
            }
            return end + 1
        }

        private static func endsName(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: "/")
                || byte == UInt8(ascii: ">")
        }
    }
}
