namespace FineTune.Pipeline.Config;

/// <summary>Stable codes of configuration diagnostics (FT0xxx). Documented in docs/config-diagnostics.md; never reuse one.</summary>
public static class ConfigCodes
{
    public const string FileNotFound = "FT0001";
    public const string FileUnreadable = "FT0002";
    public const string YamlSyntax = "FT0003";
    public const string TabIndentation = "FT0004";
    public const string UnclosedQuote = "FT0005";
    public const string EmptyFile = "FT0006";
    public const string NotAMapping = "FT0007";
    public const string MultipleDocuments = "FT0008";
    public const string DuplicateKey = "FT0009";
    public const string UnknownKey = "FT0010";
    public const string WrongType = "FT0011";
    public const string OutOfRange = "FT0012";
    public const string UnknownName = "FT0013";
    public const string UnsupportedVersion = "FT0014";
    public const string UnknownRuleCode = "FT0015";
    public const string DataFileNotFound = "FT0016";
    public const string UnsetVariable = "FT0017";
    public const string BadInterpolation = "FT0018";
    public const string LiteralSecret = "FT0019";
    public const string UnknownBaseModel = "FT0020";
    public const string ModelShutdown = "FT0021";
    public const string LoraModelNotDeclared = "FT0022";
    public const string CheckpointNotFound = "FT0023";
    public const string ProviderMismatch = "FT0024";
    public const string WarnAboveBudget = "FT0025";
    public const string IgnoredSetting = "FT0026";
    public const string InvalidBaseUrl = "FT0027";
    public const string BaseUrlWithoutVersion = "FT0028";
    public const string ModelPriceMissing = "FT0029";

    /// <summary>Every code above, in order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. typeof(ConfigCodes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .Order(StringComparer.Ordinal)];
}
