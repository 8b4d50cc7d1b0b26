using System.Diagnostics;
using System.Runtime.ExceptionServices;
using FineTune.Pipeline.Lora.Model;

namespace FineTune.Pipeline.Lora.Inference;

/// <summary>
/// A micro-batcher over one model: callers on any thread queue a prompt and block; whichever caller finds no batch
/// running leads the next one — it waits up to the window for the batch to fill, takes up to MaxBatch requests of the
/// same view (adapter on or off, head of the queue first), runs them in one <see cref="TextGenerator"/> call and hands
/// out the results. One batch runs at a time, so the views of a pair never switch the adapter under each other.
/// </summary>
internal sealed class GenerationBatcher(CausalLM model, IReadOnlySet<int> stopIds, BatchingOptions options)
{
    private readonly object _lock = new();
    private readonly List<Pending> _queue = [];
    private readonly List<int> _batchSizes = [];
    private bool _running;

    public GenerationResult Generate(IReadOnlyList<int> prompt, SamplingOptions sampling, bool adapter, CancellationToken cancellationToken)
    {
        var item = new Pending(new GenerationRequest(prompt, sampling) { CancellationToken = cancellationToken }, adapter);
        using var wake = cancellationToken.Register(() =>
        {
            lock (_lock)
            {
                Monitor.PulseAll(_lock);
            }
        });
        lock (_lock)
        {
            _queue.Add(item);
            Monitor.PulseAll(_lock); // a leader waiting for its batch to fill counts again
        }

        while (true)
        {
            List<Pending> batch;
            lock (_lock)
            {
                while (!item.Done && _running)
                {
                    ThrowIfCancelledWhileQueued(item, cancellationToken);
                    Monitor.Wait(_lock);
                }

                if (item.Done)
                {
                    break;
                }

                ThrowIfCancelledWhileQueued(item, cancellationToken);
                _running = true; // no batch runs and ours is queued: lead the next one
                batch = Collect();
            }

            Run(batch);
        }

        item.Error?.Throw();
        if (item.Result!.FinishReason == GenerationResult.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        return item.Result;
    }

    /// <summary>Sizes of the batches run so far (for tests and logs).</summary>
    public IReadOnlyList<int> BatchSizes()
    {
        lock (_lock)
        {
            return [.. _batchSizes];
        }
    }

    private void ThrowIfCancelledWhileQueued(Pending item, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested && _queue.Remove(item))
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>With the lock held: waits for the batch to fill (at most the window), then takes it off the queue.</summary>
    private List<Pending> Collect()
    {
        var adapter = _queue[0].Adapter;                 // the head of the queue decides which view runs
        var started = Stopwatch.GetTimestamp();
        while (_queue.Count(p => p.Adapter == adapter) < options.MaxBatch)
        {
            var left = options.Window - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero)
            {
                break;
            }

            Monitor.Wait(_lock, left);
        }

        var batch = _queue.Where(p => p.Adapter == adapter).Take(Math.Max(1, options.MaxBatch)).ToList();
        _queue.RemoveAll(batch.Contains);
        if (batch.Count > 0)
        {
            _batchSizes.Add(batch.Count);
        }

        return batch;
    }

    private void Run(List<Pending> batch)
    {
        try
        {
            if (batch.Count == 0)
            {
                return; // every request of the batch was cancelled while it filled
            }

            model.SetAdapterEnabled(batch[0].Adapter);
            var results = TextGenerator.Generate(model, batch.Select(p => p.Request).ToList(), stopIds);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Result = results[i];
            }
        }
        catch (Exception e)
        {
            var error = ExceptionDispatchInfo.Capture(e);
            batch.ForEach(p => p.Error = error);
        }
        finally
        {
            lock (_lock)
            {
                batch.ForEach(p => p.Done = true);
                _running = false;
                Monitor.PulseAll(_lock);
            }
        }
    }

    private sealed class Pending(GenerationRequest request, bool adapter)
    {
        public GenerationRequest Request { get; } = request;

        public bool Adapter { get; } = adapter;

        public GenerationResult? Result { get; set; }

        public ExceptionDispatchInfo? Error { get; set; }

        public bool Done { get; set; }
    }
}
