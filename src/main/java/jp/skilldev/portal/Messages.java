package jp.skilldev.portal;

/** Field error texts of the portal's forms, Japanese first. */
final class Messages {

    static final String REQUIRED = "入力してください。 / Please fill in this field.";
    static final String REQUIRED_NUMBER = "数値を入力してください。 / Please enter a number.";
    static final String REQUIRED_DATE = "日付を入力してください。 / Please enter a date.";
    static final String CHOOSE = "選択してください。 / Please choose one.";
    static final String TOO_LONG = "長すぎます（{max} 文字まで）。 / Too long (at most {max} characters).";
    static final String POSITIVE = "1 以上の数値を入力してください。 / Please enter a number of 1 or more.";
    static final String ZERO_OR_MORE = "0 以上の数値を入力してください。 / Please enter 0 or more.";
    static final String TOO_LARGE = "大きすぎます（{value} まで）。 / Too large (at most {value}).";
    static final String MIN = "{value} 以上を入力してください。 / Please enter at least {value}.";
    static final String TYPE_MISMATCH = "形式が正しくありません。 / This value is not in the expected format.";

    private Messages() {
    }
}
