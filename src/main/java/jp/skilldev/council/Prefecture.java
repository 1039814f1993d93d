package jp.skilldev.council;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 47 prefectures (都道府県), each with its own regional council (地域職業能力開発促進協議会), in
 * JIS X 0401 order; {@code slug} is the name used in URLs ({@code /api/council/gunma/2024/…}).
 */
public enum Prefecture {
    HOKKAIDO("hokkaido", "北海道"),
    AOMORI("aomori", "青森県"),
    IWATE("iwate", "岩手県"),
    MIYAGI("miyagi", "宮城県"),
    AKITA("akita", "秋田県"),
    YAMAGATA("yamagata", "山形県"),
    FUKUSHIMA("fukushima", "福島県"),
    IBARAKI("ibaraki", "茨城県"),
    TOCHIGI("tochigi", "栃木県"),
    GUNMA("gunma", "群馬県"),
    SAITAMA("saitama", "埼玉県"),
    CHIBA("chiba", "千葉県"),
    TOKYO("tokyo", "東京都"),
    KANAGAWA("kanagawa", "神奈川県"),
    NIIGATA("niigata", "新潟県"),
    TOYAMA("toyama", "富山県"),
    ISHIKAWA("ishikawa", "石川県"),
    FUKUI("fukui", "福井県"),
    YAMANASHI("yamanashi", "山梨県"),
    NAGANO("nagano", "長野県"),
    GIFU("gifu", "岐阜県"),
    SHIZUOKA("shizuoka", "静岡県"),
    AICHI("aichi", "愛知県"),
    MIE("mie", "三重県"),
    SHIGA("shiga", "滋賀県"),
    KYOTO("kyoto", "京都府"),
    OSAKA("osaka", "大阪府"),
    HYOGO("hyogo", "兵庫県"),
    NARA("nara", "奈良県"),
    WAKAYAMA("wakayama", "和歌山県"),
    TOTTORI("tottori", "鳥取県"),
    SHIMANE("shimane", "島根県"),
    OKAYAMA("okayama", "岡山県"),
    HIROSHIMA("hiroshima", "広島県"),
    YAMAGUCHI("yamaguchi", "山口県"),
    TOKUSHIMA("tokushima", "徳島県"),
    KAGAWA("kagawa", "香川県"),
    EHIME("ehime", "愛媛県"),
    KOCHI("kochi", "高知県"),
    FUKUOKA("fukuoka", "福岡県"),
    SAGA("saga", "佐賀県"),
    NAGASAKI("nagasaki", "長崎県"),
    KUMAMOTO("kumamoto", "熊本県"),
    OITA("oita", "大分県"),
    MIYAZAKI("miyazaki", "宮崎県"),
    KAGOSHIMA("kagoshima", "鹿児島県"),
    OKINAWA("okinawa", "沖縄県");

    private final String slug;
    private final String japanese;

    Prefecture(String slug, String japanese) {
        this.slug = slug;
        this.japanese = japanese;
    }

    public String slug() {
        return slug;
    }

    public String japanese() {
        return japanese;
    }

    public static Optional<Prefecture> ofSlug(String slug) {
        return Arrays.stream(values()).filter(p -> p.slug.equalsIgnoreCase(slug)).findFirst();
    }
}
