using FineTune.Pipeline.Diagnostics;
using static FineTune.Pipeline.Tests.Data.Rules.RuleAssert;

namespace FineTune.Pipeline.Tests.Data.Rules;

public sealed class SecretRuleTests
{
    // Built at run time so that no scanner flags this test file as holding real secrets.
    private static readonly string OpenAIKey = "sk-" + "proj-" + "Abc123Def456Ghi789Jkl012Mno345Pqr678";
    private static readonly string AnthropicKey = "sk-" + "ant-api03-" + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Ji1Hg0FeDcBa";
    private static readonly string AwsKey = "AKIA" + "Q3EGJK7LMNOPQRST";
    private static readonly string GitHubToken = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
    private static readonly string SlackToken = "xoxb-" + "1234567890-0987654321-AbCdEfGhIjKl";
    private static readonly string GoogleKey = "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q";
    private static readonly string Jwt = "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    private static readonly string PemHeader = "-----BEGIN " + "RSA PRIVATE KEY-----";

    public static TheoryData<string, string, string> Secrets => new()
    {
        { "FT4001", OpenAIKey, "sk-proj-…(redacted)" },
        { "FT4002", AnthropicKey, "sk-ant-…(redacted)" },
        { "FT4003", AwsKey, "AKIA…(redacted)" },
        { "FT4004", GitHubToken, "ghp_…(redacted)" },
        { "FT4005", SlackToken, "xoxb-…(redacted)" },
        { "FT4006", GoogleKey, "AIza…(redacted)" },
        { "FT4007", Jwt, "eyJ…(redacted)" },
        { "FT4008", PemHeader + "\\nMIIEow", "BEGIN RSA PRIVATE KEY" },
        { "FT4009", "password=Xk9$mQ2vLp7wZr4T", "password=…(redacted)" },
    };

    [Theory]
    [MemberData(nameof(Secrets))]
    public void Secret_is_an_error_at_its_column_and_is_never_printed(string code, string secret, string shown)
    {
        var line = $$"""{"messages":[{"role":"user","content":"my key: {{secret}} thanks"},{"role":"assistant","content":"ok"}]}""";

        var d = FindsAt(code, code == "FT4009" ? "Xk9$" : secret[..4], line);

        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains(shown, d.Message, StringComparison.Ordinal);
        var longest = secret.Replace("\\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain(longest[^12..], d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Secret_in_tool_call_arguments_is_found()
        => FindsAt("FT4003", null, $$$"""{"messages":[{"role":"user","content":"x"},{"role":"assistant","tool_calls":[{"id":"c","type":"function","function":{"name":"f","arguments":"{\"key\":\"{{{AwsKey}}}\"}"}}]}]}""");

    [Fact]
    public void Secret_right_after_an_empty_text_is_still_found()
        => FindsAt("FT4003", null, $$"""{"messages":[{"role":"user","content":""},{"role":"assistant","content":"{{AwsKey}}"}]}""");

    public static TheoryData<string, string, string> PersonalData => new()
    {
        { "FT4101", "jane.doe1987@gmail.com", "…@gmail.com" },
        { "FT4102", "+44 20 7946 0958", "12 digits" },
        { "FT4103", "DE89 3704 0044 0532 0130 00", "DE…(redacted)" },
        { "FT4104", "4111 1111 1111 1111", "card number (redacted)" },
    };

    [Theory]
    [MemberData(nameof(PersonalData))]
    public void Personal_data_is_a_warning_at_its_column(string code, string value, string shown)
    {
        var line = $$"""{"messages":[{"role":"user","content":"contact: {{value}} please"},{"role":"assistant","content":"ok"}]}""";

        var d = FindsAt(code, value, line);

        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains(shown, d.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I forgot my password, can you reset it? My order #TC-123456 shipped on 2024-01-15.")]
    [InlineData("Email support@techcorp.com or write to jane@example.com; call us Mon-Fri 9-17.")]
    [InlineData("Version 10.0.401 on 192.168.100.200, build 2024.11.29, invoice 123456789.")]
    [InlineData("The task-force meeting is at 10:30; ask-me-anything tokens are free. api_key=YOUR_API_KEY")]
    [InlineData("Your total is $1,234.56 for 3 items; tracking number 1Z999AA10123456784.")]
    [InlineData("Use password: hunter2 only in the demo; the secret is patience.")]
    public void Ordinary_support_text_has_no_secret_or_personal_data_findings(string text)
    {
        var line = $$"""{"messages":[{"role":"user","content":"{{text}}"},{"role":"assistant","content":"Sure, I can help with that."}]}""";

        var outcome = Run(null, [line]);

        Assert.DoesNotContain(outcome.Diagnostics, d => d.Code.StartsWith("FT4", StringComparison.Ordinal));
    }

    [Fact]
    public void Card_number_failing_luhn_is_not_reported()
        => Clean("FT4104", """{"messages":[{"role":"user","content":"ref 4111 1111 1111 1112"},{"role":"assistant","content":"ok"}]}""");

    [Fact]
    public void Iban_with_a_bad_checksum_is_not_reported()
        => Clean("FT4103", """{"messages":[{"role":"user","content":"DE89 3704 0044 0532 0130 01"},{"role":"assistant","content":"ok"}]}""");
}
