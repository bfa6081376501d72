import Foundation

/// The portal's files (Resources/): the page frame, stylesheet, script and OpenAPI document,
/// read once.
enum Assets {
    static let layout = text("layout", "html")
    static let css = text("portal", "css")
    static let js = text("portal", "js")
    static let openAPI = text("openapi", "json")

    private static func text(_ name: String, _ ext: String) -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: ext, subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return "" }
        return text
    }
}
