-- The number of children a fan-out has started is counted from fanout_child when asked (FanOutRepository.progress):
-- a counter on the fan-out's row, updated by every batch, held that row locked while the engine flushed the batch,
-- and the fan-out's parallel chains waited for each other there.
alter table fanout drop column started;
