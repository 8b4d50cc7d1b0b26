using System.Text;
using FineTune.Pipeline.Config.Yaml;

namespace FineTune.Pipeline.Config;

/// <summary>Reads the yaml file as strict UTF-8; a missing, unreadable or mis-encoded file is a diagnostic.</summary>
internal static class ConfigFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, string fullPath, ConfigDiagnostics diagnostics)
    {
        if (Directory.Exists(fullPath))
        {
            diagnostics.Error(ConfigCodes.FileNotFound, SourcePosition.None, $"{path} is a folder ({fullPath}); pass the yaml file itself: `-c {Path.Combine(path, "finetune.yaml")}`.");
            return null;
        }

        if (!File.Exists(fullPath))
        {
            diagnostics.Error(ConfigCodes.FileNotFound, SourcePosition.None, $"configuration file not found: {fullPath}. Create finetune.yaml there, or pass its path with `-c path/to/finetune.yaml`.");
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(ConfigCodes.FileUnreadable, SourcePosition.None, $"the configuration file could not be read: {e.Message}");
            return null;
        }

        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            diagnostics.Error(ConfigCodes.FileUnreadable, SourcePosition.None, "the configuration file is saved as UTF-16; save it as UTF-8.");
            return null;
        }

        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        try
        {
            return StrictUtf8.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException e)
        {
            diagnostics.Error(ConfigCodes.FileUnreadable, SourcePosition.None, $"the configuration file is not valid UTF-8 (byte offset {start + e.Index}); save it as UTF-8.");
            return null;
        }
    }
}
