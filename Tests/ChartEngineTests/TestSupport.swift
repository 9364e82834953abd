import Foundation
@testable import ChartEngine

let fixedDate = PDFDate(year: 2024, month: 12, day: 31, hour: 12)
