import { openSession, waitForDrawn, drawnFlows } from '../tests/e2e/support/browser';
const s = await openSession('http://127.0.0.1:4173/');
await s.page.goto('http://127.0.0.1:4173/');
await waitForDrawn(s.page, 40000);
const box = (await s.page.getByTestId('map').boundingBox())!;
await s.page.mouse.click(box.x + box.width * 0.45, box.y + box.height * 0.4);
await waitForDrawn(s.page);
console.log('sel', await drawnFlows(s.page), await s.page.locator('.place-panel h2').textContent());
await s.page.getByRole('button', { name: 'Clear selection' }).click();
for (let i = 0; i < 10; i++) { console.log(await s.page.getAttribute('[data-testid=map]', 'data-ready'), await drawnFlows(s.page), await s.page.locator('.place-panel').count()); await s.page.waitForTimeout(300); }
await s.page.screenshot({ path: '/tmp/dbg.png' });
await s.close();
