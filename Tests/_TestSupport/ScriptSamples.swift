/// Organisation names and acronyms in the scripts the product promises to draw (PRODUCT.md "The charts"),
/// shared by the font tests and the stress-set generator.
public enum ScriptSamples {
    /// One sample per script: ISO 15924 code, a member's name and its acronym.
    public struct Sample: Sendable, Hashable {
        /// ISO 15924 code of the script.
        public let script: String
        /// A full name in that script.
        public let name: String
        /// An acronym or short name in that script.
        public let acronym: String
    }

    /// Chinese, Japanese, Korean, Arabic, Hebrew, Hindi, Thai, Cyrillic and Greek, in that order.
    public static let all: [Sample] = [
        Sample(script: "Hani", name: "中国国家航天局", acronym: "国家航天局"),
        Sample(script: "Jpan", name: "宇宙航空研究開発機構", acronym: "ジャクサ"),
        Sample(script: "Hang", name: "한국항공우주연구원", acronym: "항우연"),
        Sample(script: "Arab", name: "مركز محمد بن راشد", acronym: "مركز"),
        Sample(script: "Hebr", name: "סוכנות החלל הישראלית", acronym: "סוכנות"),
        Sample(script: "Deva", name: "भारतीय अंतरिक्ष अनुसंधान संगठन", acronym: "इसरो"),
        Sample(script: "Thai", name: "สำนักงานพัฒนาเทคโนโลยีอวกาศ", acronym: "จิสด้า"),
        Sample(script: "Cyrl", name: "Государственная корпорация Роскосмос", acronym: "РОСКОСМОС"),
        Sample(script: "Grek", name: "Ελληνικός Διαστημικός Οργανισμός", acronym: "ΕΛΔΟ"),
    ]
}
