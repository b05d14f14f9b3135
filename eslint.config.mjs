import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: ['.next/**', '.next-bench/**', '.data/**', '.scratch/**', 'node_modules/**', 'payload-types.ts', 'app/(payload)/admin/importMap.js', 'migrations/**', 'next-env.d.ts', 'playwright-report/**', 'test-results/**'],
  },
]

export default config
