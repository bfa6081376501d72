import Foundation
import Testing
@testable import FazhiCore

/// 240 reports of one seed vary the way a real corpus does: levels, years, scripts, encodings,
/// formats, heading styles, missing parts and planted defects, at realistic sizes.
struct SynthVarietyTests {
    static func truths() throws -> [SynthTruth] {
        try SynthFixture.corpus.get().map(\.truth)
    }

    @Test
    func levelsYearsAndPlacesVary() throws {
        let truths = try Self.truths()
        #expect(Set(truths.map(\.level)) == Set(GovernmentLevel.allCases))
        #expect(Set(truths.map(\.reportYear)).count >= 8)
        #expect(Set(truths.map(\.jurisdiction)).count >= 200)
        let provinces = Set(truths.map { $0.jurisdiction.prefix(2) })
        #expect(provinces.count >= 25)
    }

    @Test
    func scriptsEncodingsAndFormatsVary() throws {
        let truths = try Self.truths()
        let traditional = truths.filter { $0.script == .traditional }.count
        #expect((20...60).contains(traditional), "traditional: \(traditional) of 240")
        #expect(Set(truths.map(\.encoding)).isSuperset(of: ["utf-8", "gb18030", "big5", "utf-8-bom"]))
        #expect(Set(truths.map(\.format)) == ["text", "html", "docx"])
        #expect(Set(truths.compactMap(\.conversion)) == ["s2t", "s2tw", "s2twp"])
        // Big5 is only used for traditional text.
        #expect(truths.filter { $0.encoding == "big5" }.allSatisfy { $0.script == .traditional })
    }

    @Test
    func structuresAndDefectsVary() throws {
        let truths = try Self.truths()
        #expect(Set(truths.map(\.headingStyle)).count == 3)
        #expect(Set(truths.map(\.parts)).count >= 6)
        let rules = Set(truths.flatMap(\.defects).map(\.rule))
        #expect(rules.isSuperset(of: [
            "parts.missing", "parts.order", "publication.late", "consistency.rate", "dating.premature",
            "plan.year", "title.format", "metadata.missing",
        ]))
        #expect(truths.contains { $0.copiedFrom != nil })
        #expect(truths.contains { $0.inlineShortcomings })
    }

    @Test
    func sizesAreThoseOfRealReports() throws {
        let reports = try SynthFixture.corpus.get().filter { $0.truth.format == "text" && $0.truth.encoding == "utf-8" }
        let sizes = reports.map(\.data.count).sorted()
        let median = sizes[sizes.count / 2]
        #expect((6_000...15_000).contains(median), "median \(median) bytes")
        #expect(sizes.first.map { $0 >= 3_000 } == true)
    }
}

/// What the manifest says was planted is in the text, as it says.
struct SynthTruthTests {
    @Test
    func everyPlantedFigureIsWrittenInTheReport() throws {
        for report in try SynthFixture.corpus.get() {
            let text = try SynthFixture.simplifiedText(report)
            for figure in report.truth.indicators {
                #expect(text.contains(figure.text), "\(report.path): \(figure.id) \(figure.text)")
            }
        }
    }

    @Test
    func titleAndDatesAreWrittenWhereTheTruthHasThem() throws {
        for report in try SynthFixture.corpus.get() {
            let truth = report.truth
            let text = try SynthFixture.simplifiedText(report)
            let joined = text.filter { $0 != "\n" && $0 != "\r\n" }
            if let title = truth.title { #expect(joined.contains(title), "\(report.path): title") }
            if let published = truth.publishedOn {
                #expect(text.contains(published) || report.truth.format == "html", "\(report.path): published")
            }
            #expect(text.contains(String(truth.reportYear) + "年"))
        }
    }

    @Test
    func ratesAgreeWithTheirCountsUnlessPlantedOtherwise() throws {
        let rates = try SynthFixture.corpus.get().compactMap(\.truth.rate)
        #expect(rates.count >= 40)
        for rate in rates {
            let gap = abs(rate.stated - rate.computed)
            if rate.consistent { #expect(gap <= 0.5, "\(rate)") } else { #expect(gap >= 1, "\(rate)") }
        }
        #expect(rates.contains { !$0.consistent } && rates.contains { $0.consistent })
    }

    @Test
    func declaredEncodingIsTheEncodingOfTheBytes() throws {
        for report in try SynthFixture.corpus.get() {
            #expect(try SynthFixture.document(report).encoding == report.truth.encoding, "\(report.path)")
        }
    }
}
