using System.Security.Cryptography;
using System.Text;

namespace FineTune.Pipeline.Training;

/// <summary>
/// Content hashes of local model folders: what the evaluation cache key and the LoRA training identity
/// use, so that a regenerated checkpoint or a retrained adapter is never mistaken for the old one.
/// Every byte is read (about 1 s per GB); names and lengths are part of the hash.
/// </summary>
public static class LocalModelHash
{
    /// <summary>The files of a PEFT adapter folder that make the adapter.</summary>
    public static readonly IReadOnlyList<string> AdapterFiles = ["adapter_config.json", "adapter_model.safetensors"];

    /// <summary>
    /// SHA-256 (hex) of a Hugging Face checkpoint folder: its top-level <c>.json</c>, <c>.safetensors</c>,
    /// <c>.model</c> and <c>.txt</c> files (config, weights or shards and their index, tokenizer files).
    /// </summary>
    public static string Checkpoint(string folder)
    {
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f) is ".json" or ".safetensors" or ".model" or ".txt")
            .Select(Path.GetFileName)
            .OfType<string>();
        return Of(folder, files);
    }

    /// <summary>SHA-256 (hex) of <c>adapter_config.json</c> and <c>adapter_model.safetensors</c> in <paramref name="folder"/>.</summary>
    public static string Adapter(string folder) => Of(folder, AdapterFiles);

    /// <summary>SHA-256 (hex) over the names, lengths and bytes of <paramref name="files"/> of <paramref name="folder"/>, in ordinal name order.</summary>
    public static string Of(string folder, IEnumerable<string> files)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(files);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        foreach (var name in files.Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(Path.Combine(folder, name));
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{stream.Length}\n"));
            int read;
            while ((read = stream.Read(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, read);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
