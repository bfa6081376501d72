/// A report's rows put together from their parts (a worker process built them and sent them over).
extension ReportRows {
    package init(key: String, columns: [String], values: [RowValue], paragraphs: [[RowValue]], quantities: [[RowValue]], findings: [[RowValue]]) {
        self.key = key
        self.columns = columns
        self.values = values
        self.paragraphs = paragraphs
        self.quantities = quantities
        self.findings = findings
    }
}

extension PreparedReport {
    package init(builtRows rows: ReportRows) { self.rows = rows }
}
