/** What long work reports as it goes: units done (files, plans, batches) out of all of them. */
export type OnProgress = (done: number, total: number) => void;
