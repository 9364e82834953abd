import Testing
@testable import ChartEngine

@Suite struct ThemeContrastTests {
    /// Direct labels in a series colour stay readable (≥ 4.5:1) on both pages, transparent or not.
    @Test func directLabelColoursAreReadable() {
        for theme in [Theme.light, .dark, Theme.light.transparent(), Theme.dark.transparent()] {
            for color in [0x0072B2, 0xE69F00, 0x56B4E9, 0x009E73, 0xD55E00, 0xCC79A7, 0xF0E442, 0x000000] as [UInt32] {
                let label = theme.readableText(Color(hex: color))
                #expect(label.contrastRatio(with: theme.pageColor) >= 4.5, "#\(String(color, radix: 16)) dark=\(theme.isDark)")
            }
        }
        // A colour that is already readable is kept as is.
        #expect(Theme.light.readableText(Color(hex: 0x0072B2)) == Color(hex: 0x0072B2))
    }
}
