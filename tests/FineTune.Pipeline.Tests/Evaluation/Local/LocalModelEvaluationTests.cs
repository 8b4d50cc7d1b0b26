using FineTune.Pipeline.Config;
using FineTune.Pipeline.Evaluation;
using FineTune.Pipeline.Evaluation.Gate;
using FineTune.Pipeline.Evaluation.Models;
using FineTune.Pipeline.Tests.Evaluation.Fakes;

namespace FineTune.Pipeline.Tests.Evaluation.Local;

/// <summary>
/// Local models in <see cref="EvaluationPipeline"/> through a fake LoRA backend: which names are local, one load
/// for base and tuned, no API key, $0, cache keys that follow the adapter's bytes, and the FT7016/FT7017 diagnostics.
/// </summary>
public sealed class LocalModelEvaluationTests
{
    [Fact]
    public async Task The_base_checkpoint_and_the_trained_adapter_are_evaluated_in_process_from_one_load_without_an_api_key()
    {
        var project = new LocalProject();
        var backend = LocalProject.Backend();

        var result = await project.Run(backend);

        Assert.Equal(EvaluationRunResult.Passed, result.ExitCode);
        Assert.Equal(EvaluationVerdict.Pass, result.Outcome!.Decision.Verdict);
        Assert.Equal(("tiny", "artifacts/adapter"), (result.Outcome.BaselineModel, result.Outcome.CandidateModel));
        var load = Assert.Single(backend.Loads);
        Assert.Equal((project.Checkpoint, project.Adapter, "chatml"), load);
        Assert.Equal(1, backend.Disposed);
        var endpoints = backend.Created.ToDictionary(m => m.Name, m => m.Endpoint);
        Assert.Matches("^local:models/tiny#[0-9a-f]{16}$", endpoints["tiny"]);
        Assert.Matches("^local:models/tiny#[0-9a-f]{16}\\+artifacts/adapter#[0-9a-f]{16}$", endpoints["artifacts/adapter"]);
        Assert.Equal(0m, result.Cost!.EstimatedUsd);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "FT7011" or "FT7012");
        Assert.Equal((24, 24 * 20, 24 * 6), (result.Outcome.Execution!.Requests, result.Outcome.Execution.InputTokens, result.Outcome.Execution.OutputTokens));
    }

    [Fact]
    public async Task A_rerun_is_answered_by_the_cache_without_loading_but_a_retrained_adapter_or_a_new_checkpoint_is_asked_again()
    {
        var project = new LocalProject();
        await project.Run(LocalProject.Backend());

        var cachedBackend = LocalProject.Backend();
        var again = await project.Run(cachedBackend);
        Assert.Equal((0, 24), (again.Outcome!.Execution!.Requests, again.Outcome.Execution.CacheHits));
        Assert.Empty(cachedBackend.Loads); // everything cached: the weights are not even loaded

        File.WriteAllBytes(Path.Combine(project.Adapter, "adapter_model.safetensors"), [9, 9, 9]); // retrained: other weights
        var retrainedBackend = LocalProject.Backend();
        var retrained = await project.Run(retrainedBackend);
        Assert.Equal((12, 12), (retrained.Outcome!.Execution!.Requests, retrained.Outcome.Execution.CacheHits));
        Assert.Equal([(project.Checkpoint, (string?)project.Adapter, (string?)"chatml")], retrainedBackend.Loads);

        File.WriteAllText(Path.Combine(project.Checkpoint, "model.safetensors"), "regenerated");
        var regenerated = await project.Run(LocalProject.Backend());
        Assert.Equal((24, 0), (regenerated.Outcome!.Execution!.Requests, regenerated.Outcome.Execution.CacheHits));
    }

    [Fact]
    public async Task A_missing_adapter_folder_is_FT7016_and_asks_to_train_first()
    {
        var project = new LocalProject();
        Directory.Delete(project.Adapter, recursive: true);

        var result = await project.Run(LocalProject.Backend());

        Assert.Equal(EvaluationRunResult.BadConfiguration, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("FT7016", error.Code);
        Assert.Contains("artifacts/adapter", error.Message, StringComparison.Ordinal);
        Assert.Contains("finetune train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_backend_in_the_build_FT7017_says_how_to_get_it()
    {
        var result = await new LocalProject().Run(null);

        Assert.Equal(EvaluationRunResult.BadConfiguration, result.ExitCode);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("FT7017", error.Code);
        Assert.Contains("-p:FineTuneLora=true", error.Message, StringComparison.Ordinal);
        Assert.Contains("tiny and artifacts/adapter are local models", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checkpoint_the_backend_cannot_load_is_FT7016_with_the_reason()
    {
        var project = new LocalProject();
        var backend = new FakeLoraBackend(_ => "x", new InvalidDataException("config.json: architecture GPT2LMHeadModel is not supported"));

        var result = await project.Run(backend);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("FT7016", error.Code);
        Assert.Contains("models/tiny + artifacts/adapter", error.Message, StringComparison.Ordinal);
        Assert.Contains("GPT2LMHeadModel", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_openai_baseline_stays_remote_next_to_a_local_candidate()
    {
        var project = new LocalProject();
        var remote = new ScriptedChatModel("gpt-4o-mini", (_, _) => "I do not know.");
        var backend = LocalProject.Backend();

        var result = await project.Run(backend, e => e with { Baseline = "gpt-4o-mini" }, (name, _, _) => name == "gpt-4o-mini" ? remote : throw new InvalidOperationException(name), "http://localhost:9/v1");

        Assert.Equal(EvaluationRunResult.Passed, result.ExitCode);
        Assert.Equal(12, remote.Calls.Count);
        Assert.Equal(["artifacts/adapter"], backend.Created.Select(m => m.Name));
    }

    /// <summary>A project with provider lora: models/tiny (a checkpoint), artifacts/adapter (an adapter trained on it), capitals eval set.</summary>
    private sealed class LocalProject
    {
        private readonly EvaluationWorkspace _workspace = new();

        public LocalProject()
        {
            Directory.CreateDirectory(Checkpoint);
            File.WriteAllText(Path.Combine(Checkpoint, "config.json"), """{"architectures":["LlamaForCausalLM"]}""");
            File.WriteAllText(Path.Combine(Checkpoint, "model.safetensors"), "weights");
            Directory.CreateDirectory(Adapter);
            File.WriteAllText(Path.Combine(Adapter, "adapter_config.json"), """{"peft_type":"LORA","base_model_name_or_path":"tiny"}""");
            File.WriteAllBytes(Path.Combine(Adapter, "adapter_model.safetensors"), [1, 2, 3]);
        }

        public string Checkpoint => Path.Combine(_workspace.Directory, "models", "tiny");

        public string Adapter => Path.Combine(_workspace.Directory, "artifacts", "adapter");

        public static FakeLoraBackend Backend() => new(messages =>
        {
            var pair = CapitalsEmulator.Capitals.First(p => messages[^1].Content.Contains(p.Split(':')[0], StringComparison.Ordinal));
            return $"The capital of {pair.Split(':')[0]} is {pair.Split(':')[1]}.";
        });

        public Task<EvaluationRunResult> Run(FakeLoraBackend? backend, Func<EvaluateConfig, EvaluateConfig>? adjust = null, Func<string, Uri, string, IChatModel>? factory = null, string? remoteEndpoint = null)
        {
            var evaluate = new EvaluateConfig
            {
                Model = "artifacts/adapter",
                Scorers = [new ScorerConfig { Type = "exact_match" }],
                Gate = new EvaluateGateConfig { MinDelta = 0.05 },
                CacheDir = "cache",
            };
            var settings = PipelineSettings.Resolve(new FineTuneConfig
            {
                BaseDirectory = _workspace.Directory,
                Data = new DataConfig { Train = Path.Combine(_workspace.Directory, "train.jsonl"), Eval = Path.Combine(_workspace.Directory, "eval.jsonl") },
                Train = new TrainConfig { Provider = "lora", BaseModel = "tiny", Lora = new LoraConfig { OutputDir = Adapter, ChatFormat = "chatml" } },
                Models = new Dictionary<string, ModelOverride> { ["tiny"] = new() { Provider = "lora", Path = Checkpoint } },
                Evaluate = adjust is null ? evaluate : adjust(evaluate),
            });
            return EvaluationPipeline.RunAsync(settings, new EvaluationRequest
            {
                Environment = remoteEndpoint is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["OPENAI_BASE_URL"] = remoteEndpoint },
                LoraBackend = () => backend,
                ModelFactory = factory,
            });
        }
    }
}
