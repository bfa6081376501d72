// The `framework` object of the Analysis JSON, written directly with sorted keys (as
// `Analysis+JSONWriter.swift` writes the rest); it decodes back with the synthesized `Codable`.

extension FrameworkCoverage {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("areas")
            w.array(areas) { w, a in
                w.object { w in
                    w.key("id"); w.string(a.id)
                    w.key("leads"); w.number(a.leads)
                    w.key("mentions"); w.number(a.mentions)
                    w.key("name"); w.string(a.name)
                    w.key("paragraphs"); w.number(a.paragraphs)
                }
            }
            w.key("edition"); w.string(edition)
            w.key("outdated")
            w.array(outdated) { w, o in
                w.object { w in
                    w.key("phrase"); w.string(o.phrase)
                    w.key("range"); o.range.write(to: &w)
                }
            }
            w.key("paragraphs"); w.array(paragraphs) { w, p in p.write(to: &w) }
            w.key("unmentioned"); w.array(unmentioned) { w, id in w.string(id) }
        }
    }
}

extension FrameworkParagraph {
    func write(to w: inout JSONWriter) {
        w.object { w in
            w.key("heading"); heading.write(to: &w)
            w.key("range"); range.write(to: &w)
            w.key("tags")
            w.array(tags) { w, t in
                w.object { w in
                    w.key("area"); w.string(t.area)
                    w.key("cues")
                    w.array(t.cues) { w, c in
                        w.object { w in
                            w.key("heading"); w.bool(c.heading)
                            w.key("range"); c.range.write(to: &w)
                            w.key("word"); w.string(c.word)
                        }
                    }
                    w.key("score"); w.number(t.score)
                }
            }
        }
    }
}

extension Optional where Wrapped == FrameworkCoverage {
    func write(to w: inout JSONWriter) {
        if let coverage = self { coverage.write(to: &w) } else { w.null() }
    }
}
