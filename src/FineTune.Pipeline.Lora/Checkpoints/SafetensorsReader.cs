using System.Buffers.Binary;
using System.Text.Json;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Checkpoints;

/// <summary>Reads safetensors files (F32, BF16, F16) into float32 CPU tensors, single files or a sharded index.</summary>
public static class SafetensorsReader
{
    /// <summary>Reads <c>model.safetensors</c>, or every shard named by <c>model.safetensors.index.json</c>.</summary>
    public static Dictionary<string, torch.Tensor> ReadCheckpoint(string folder)
    {
        var all = new Dictionary<string, torch.Tensor>(StringComparer.Ordinal);
        foreach (var file in CheckpointFiles(folder))
        {
            foreach (var (name, tensor) in Read(file))
            {
                all[name] = tensor;
            }
        }

        return all;
    }

    /// <summary>The files that hold the weights of <paramref name="folder"/>: model.safetensors or the shards of its index.</summary>
    public static IReadOnlyList<string> CheckpointFiles(string folder)
    {
        var single = Path.Combine(folder, "model.safetensors");
        if (File.Exists(single))
        {
            return [single];
        }

        var index = Path.Combine(folder, "model.safetensors.index.json");
        if (!File.Exists(index))
        {
            throw new FileNotFoundException($"{folder} has neither model.safetensors nor model.safetensors.index.json.", single);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(index));
        return json.RootElement.GetProperty("weight_map").EnumerateObject().Select(p => Path.Combine(folder, p.Value.GetString()!)).Distinct().ToList();
    }

    /// <summary>The tensors a file holds (names, dtypes, shapes, byte ranges), without reading their data.</summary>
    public static (IReadOnlyList<SafetensorsTensor> Tensors, long DataStart) ReadHeader(string path)
    {
        using var file = File.OpenRead(path);
        Span<byte> length = stackalloc byte[8];
        file.ReadExactly(length);
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(length);
        var header = new byte[headerLength];
        file.ReadExactly(header);
        using var json = JsonDocument.Parse(header);
        var tensors = json.RootElement.EnumerateObject()
            .Where(p => p.Name != "__metadata__")
            .Select(p =>
            {
                var offsets = p.Value.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
                var shape = p.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
                return new SafetensorsTensor(p.Name, p.Value.GetProperty("dtype").GetString()!, shape, offsets[0], offsets[1]);
            })
            .ToList();
        return (tensors, 8 + headerLength);
    }

    public static Dictionary<string, torch.Tensor> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        using var header = JsonDocument.Parse(bytes.AsMemory(8, headerLength));
        var dataStart = 8 + headerLength;
        var result = new Dictionary<string, torch.Tensor>(StringComparer.Ordinal);
        foreach (var property in header.RootElement.EnumerateObject())
        {
            if (property.Name == "__metadata__")
            {
                continue;
            }

            var dtype = property.Value.GetProperty("dtype").GetString();
            var shape = property.Value.GetProperty("shape").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            var offsets = property.Value.GetProperty("data_offsets").EnumerateArray().Select(d => d.GetInt64()).ToArray();
            var raw = bytes.AsSpan(dataStart + (int)offsets[0], (int)(offsets[1] - offsets[0]));
            result[property.Name] = torch.tensor(ToFloats(raw, dtype, path, property.Name), shape);
        }

        return result;
    }

    private static float[] ToFloats(ReadOnlySpan<byte> raw, string? dtype, string path, string name)
    {
        switch (dtype)
        {
            case "F32":
                return System.Runtime.InteropServices.MemoryMarshal.Cast<byte, float>(raw).ToArray();
            case "BF16":
                var bf = new float[raw.Length / 2];
                for (var i = 0; i < bf.Length; i++)
                {
                    bf[i] = BitConverter.Int32BitsToSingle(BinaryPrimitives.ReadUInt16LittleEndian(raw[(i * 2)..]) << 16);
                }

                return bf;
            case "F16":
                var half = new float[raw.Length / 2];
                for (var i = 0; i < half.Length; i++)
                {
                    half[i] = (float)BinaryPrimitives.ReadHalfLittleEndian(raw[(i * 2)..]);
                }

                return half;
            default:
                throw new InvalidDataException($"{path}: tensor {name} has dtype {dtype}; supported are F32, BF16 and F16.");
        }
    }
}
