import FazhiStore
import HTTPTypes

/// A request the portal refuses, with the status and a message in Chinese that names the problem
/// (never a path, a stack trace or an internal error's text).
public struct PortalError: Error, Sendable, Equatable {
    public var status: HTTPResponse.Status
    public var message: String
    /// Seconds to wait before trying again (the `Retry-After` header of a 503).
    public var retryAfter: Int?

    public init(_ status: HTTPResponse.Status, _ message: String, retryAfter: Int? = nil) {
        self.status = status
        self.message = message
        self.retryAfter = retryAfter
    }

    static func noReport(_ id: Int64) -> PortalError { PortalError(.notFound, "没有编号为 \(id) 的报告。") }
    static func badID(_ text: String) -> PortalError { PortalError(.badRequest, "报告编号应为正整数(收到“\(text)”)。") }
    static func badQuery(_ name: String, _ expected: String) -> PortalError {
        PortalError(.badRequest, "查询参数 \(name) 无效:应为\(expected)。")
    }
    static func tooLarge(_ limit: Int) -> PortalError {
        PortalError(.contentTooLarge, "上传内容过大:上限为 \(limit / 1_000_000) MB。")
    }
    static let missingToken = PortalError(.unauthorized, "此操作需要写入令牌(请求头 Authorization: Bearer 令牌,或表单中的“令牌”)。")
    static let wrongToken = PortalError(.forbidden, "写入令牌不正确。")
    static func busy(_ slots: Int) -> PortalError {
        PortalError(.serviceUnavailable, "分析繁忙:同时进行的分析已达上限(\(slots) 个),请稍后重试。", retryAfter: 5)
    }
    static let emptyUpload = PortalError(.badRequest, "没有收到报告内容:请粘贴文本或选择文件。")

    /// A database failure as a refusal: busy, read-only, damaged or full say so (503, the request
    /// may succeed later or elsewhere); anything else is a server fault.
    static func database(_ cause: StoreError.Cause, maxUpload: Int) -> PortalError {
        switch cause {
        case .busy: PortalError(.serviceUnavailable, "数据库正忙(另一进程正在写入),请稍后再试。")
        case .readOnly: PortalError(.serviceUnavailable, "数据库为只读,暂不能保存报告;浏览和检索不受影响。")
        case .damaged: PortalError(.serviceUnavailable, "数据库已损坏,暂不能写入,请联系管理员。")
        case .diskFull: PortalError(.serviceUnavailable, "服务器磁盘已满,暂不能保存报告,请联系管理员。")
        default: generic(.internalServerError, maxUpload: maxUpload)
        }
    }

    /// The message a status gets when no handler chose one (unknown page, wrong method, server fault).
    static func generic(_ status: HTTPResponse.Status, maxUpload: Int) -> PortalError {
        switch status.code {
        case 404: PortalError(status, "页面不存在。")
        case 405: PortalError(status, "该地址不支持此请求方法。")
        case 413: tooLarge(maxUpload)
        case 400..<500: PortalError(status, "请求无效。")
        default: PortalError(.internalServerError, "服务器内部错误,请稍后再试。")
        }
    }
}
