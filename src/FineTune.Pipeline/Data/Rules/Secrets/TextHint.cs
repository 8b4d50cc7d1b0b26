namespace FineTune.Pipeline.Data.Rules.Secrets;

/// <summary>What a text may contain, found in one pass; each secret or personal-data rule runs only on its hint.</summary>
[Flags]
internal enum TextHint
{
    None = 0,
    OpenAIKey = 1 << 0,
    AnthropicKey = 1 << 1,
    AwsKey = 1 << 2,
    GitHubToken = 1 << 3,
    SlackToken = 1 << 4,
    GoogleKey = 1 << 5,
    Jwt = 1 << 6,
    PrivateKey = 1 << 7,
    Credential = 1 << 8,
    Email = 1 << 9,

    /// <summary>A run of digits and separators with at least 9 digits (phone numbers).</summary>
    Digits9 = 1 << 10,

    /// <summary>At least 10 digits in a run (IBANs).</summary>
    Digits10 = 1 << 11,

    /// <summary>At least 13 digits in a run (card numbers).</summary>
    Digits13 = 1 << 12,
}
