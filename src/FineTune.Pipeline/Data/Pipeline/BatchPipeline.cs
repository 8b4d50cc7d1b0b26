using System.Collections.Concurrent;
using FineTune.Pipeline.Data.Reading;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// Reader → parallel workers → ordered consumer. The reader runs on its own thread and hands each batch to the
/// thread pool; the caller's thread consumes results strictly in file order. At most <c>2 × parallelism</c>
/// batches are in flight, so memory does not grow with the file.
/// </summary>
internal static class BatchPipeline
{
    public static void Run(
        IEnumerable<LineBatch> batches,
        Func<LineBatch, BatchResult> process,
        Action<BatchResult> consume,
        int parallelism,
        CancellationToken cancellationToken)
    {
        if (parallelism <= 1)
        {
            foreach (var batch in batches)
            {
                Consume(process(batch), consume);
            }

            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<Task<BatchResult>>(parallelism * 2);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var batch in batches)
                    {
                        queue.Add(Task.Run(() => process(batch), stop.Token), stop.Token);
                    }
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            stop.Token,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var task in queue.GetConsumingEnumerable(stop.Token))
            {
                Consume(task.GetAwaiter().GetResult(), consume);
            }
        }
        catch
        {
            stop.Cancel();
            throw;
        }
        finally
        {
            Drain(queue, producer);
        }

        producer.GetAwaiter().GetResult();
    }

    private static void Consume(BatchResult result, Action<BatchResult> consume)
    {
        try
        {
            consume(result);
        }
        finally
        {
            result.Release();
        }
    }

    /// <summary>After a failure: lets the producer stop and gives the buffers of unconsumed batches back.</summary>
    private static void Drain(BlockingCollection<Task<BatchResult>> queue, Task producer)
    {
        while (!producer.IsCompleted || queue.Count > 0)
        {
            if (queue.TryTake(out var task, 50))
            {
                try
                {
                    task.GetAwaiter().GetResult().Release();
                }
                catch (Exception)
                {
                    // The batch failed or was cancelled; its buffer is left to the garbage collector.
                }
            }
        }

        try
        {
            producer.Wait();
        }
        catch (AggregateException)
        {
            // Observed by the caller through the first failure.
        }
    }
}
