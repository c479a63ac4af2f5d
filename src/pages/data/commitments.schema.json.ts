import { dataFileRoute } from '@/data/open-data-files';

export const GET = dataFileRoute('/data/commitments.schema.json');
